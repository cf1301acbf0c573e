import { registerProperties } from '../framework/registerProperties.ts';
import { modelProperties } from './modelProperties.ts';

registerProperties("model.build: the implementation's own generator, on its own output", modelProperties);

import { registerProperties } from '../framework/registerProperties.ts';
import { differentialProperties } from './differentialProperties.ts';

registerProperties('differential: every capability against the reference on the same explicit input', differentialProperties);

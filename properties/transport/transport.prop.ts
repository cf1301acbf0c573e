import { registerProperties } from '../framework/registerProperties.ts';
import { transportProperties } from './transportProperties.ts';

registerProperties('transport: (48) = κ·c (51) and its temperature laws, through the capabilities', transportProperties);

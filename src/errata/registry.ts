import type { Erratum } from './erratum.ts';

/** All errata, in equation order. Add an entry file under entries/ and list it here. */
export const errata: readonly Erratum[] = [];

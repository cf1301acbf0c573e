/** Colours of the variant page's figures: the variant red, the generalized HAM blue, the exact dynamics black (as on the paper figures). */
export const VARIANT_COLOR = '#d62728';
export const HAM_COLOR = '#1f77b4';
export const EXACT_COLOR = '#222222';

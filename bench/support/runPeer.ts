/** The peer runner moved to src/bench/runPeer.ts (used by `hamcheck bench`); re-exported for the F2 script. */
export * from '../../src/bench/runPeer.ts';

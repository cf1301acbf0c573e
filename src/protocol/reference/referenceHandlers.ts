/**
 * The reference's answer to every capability of protocol v1: one handler per command.
 *
 * @remarks
 * Served in-process by {@link referenceImplementation} and over stdio by `hamcheck serve`. Arguments
 * arrive schema-checked; what a schema cannot say (consistent sizes) is checked here with typed errors,
 * which the server turns into `errored` answers.
 */
import { propagate } from '../../exact/propagate.ts';
import { decayConstant } from '../../ham/decayConstant.ts';
import { hamPopulations } from '../../ham/hamPopulations.ts';
import { criteria } from '../../model/criteria.ts';
import { dysonFirstOrder } from '../../dyson/firstOrderOperator.ts';
import { dysonSecondOrder } from '../../dyson/secondOrderOperator.ts';
import { splitSecondOrder } from '../../dyson/secondOrderDecomposition.ts';
import { firstOrderBondTraces } from '../../dyson/firstOrderBondTrace.ts';
import { heatCapacityEq50 } from '../../transport/thermal.ts';
import { kappaThEq48 } from '../../transport/singleBand.ts';
import { HamcheckInputError } from '../../errors.ts';
import type { Capability, CapabilityArgs, CapabilityResults, WireMatrix } from '../capabilities.ts';
import { graphHamPopulations } from '../../ham/graphHamPopulations.ts';
import { validateGeneralModel } from '../../model/graph/validateGeneralModel.ts';
import { chainOfWireModel, explicitOfChain } from './wireModel.ts';

type Handlers = { [C in Capability]: (args: CapabilityArgs[C]) => CapabilityResults[C] };

function plainMatrix(m: { rows: number; cols: number; re: ArrayLike<number>; im: ArrayLike<number> }): WireMatrix {
  return { rows: m.rows, cols: m.cols, re: Array.from(m.re), im: Array.from(m.im) };
}

export const referenceHandlers: Handlers = {
  'model.build': ({ model }) => explicitOfChain(chainOfWireModel({ ...model, explicit: undefined })),
  'model.kappa': ({ model }) => ({ kappa: decayConstant(model) }),
  'model.criteria': ({ model }) => {
    const c = criteria(model);
    return { c1: c.c1, c2: c.c2 };
  },
  'ham.populations': ({ p0, kappa, times }) => ({ populations: hamPopulations(p0, kappa, times).map((p) => Array.from(p)) }),
  'exact.populations': ({ model, initial, times }) => {
    const chain = chainOfWireModel(model);
    const d = chain.sites * chain.levels;
    if (initial.re.length !== d || initial.im.length !== d) {
      throw new HamcheckInputError('args.initial', `re and im of length N·n = ${d}`, `${initial.re.length} and ${initial.im.length}`);
    }
    // the propagators need sorted times; the protocol allows any order: sort, then map back
    const order = times.map((_, j) => j).sort((a, b) => times[a] - times[b]);
    const sorted = Float64Array.from(order, (j) => times[j]);
    const psi0 = { re: Float64Array.from(initial.re), im: Float64Array.from(initial.im) };
    const rows = propagate(chain, psi0, sorted).populations;
    const populations: number[][] = new Array(times.length);
    order.forEach((j, k) => (populations[j] = Array.from(rows[k])));
    return { populations };
  },
  'dyson.operators': ({ model, tau }) => {
    const chain = chainOfWireModel(model);
    const second = dysonSecondOrder(chain, tau);
    const parts = splitSecondOrder(second, chain.sites, chain.levels);
    return {
      first: plainMatrix(dysonFirstOrder(chain, tau)),
      second: plainMatrix(second),
      secondDiag: plainMatrix(parts.diag),
      secondOff: plainMatrix(parts.off),
    };
  },
  'dyson.bondTraces': ({ model, tau }) => ({ traces: Array.from(firstOrderBondTraces(chainOfWireModel(model), tau)) }),
  'transport.heatCapacity': ({ levels, gap, temperatures }) => ({ c: temperatures.map((T) => heatCapacityEq50(levels, gap, T)) }),
  'transport.kappaTh': ({ levels, bandWidth, coupling, gap, temperatures }) => ({
    kappaTh: temperatures.map((T) => kappaThEq48({ levels, bandWidth, coupling, gap }, T)),
  }),
  'ham.graphPopulations': ({ model, p0, times }) => {
    // the schema checked the shapes; connectivity, distinct pairs and the topology's bonds are checked here
    const spec = validateGeneralModel({ ensemble: 'GUE', seed: 1, ...model }, 'args.model');
    if (p0.length !== spec.sites.length) throw new HamcheckInputError('args.p0', `N = ${spec.sites.length} populations, one per site`, `${p0.length}`);
    return { populations: graphHamPopulations(spec, p0, times).map((p) => Array.from(p)) };
  },
};

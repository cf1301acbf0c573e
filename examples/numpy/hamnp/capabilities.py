"""The nine capabilities of protocol v1: each handler validates its args (InputError before any
compute), calls the physics modules and returns the plain-JSON result object.

Handlers look the physics functions up as module attributes at call time (chain.decay_constant, ...),
so a mutant (examples/mutants/) can replace one function and everything else stays the same."""
import numpy as np

from . import chain, dyson, exact, fields, rates, thermal, wire


def _model(args):
    return fields.require(args, 'model', 'args')


def model_build(args):
    built = chain.build(chain.params(_model(args)))
    return {'levels': wire.rows(built.energies),
            'couplings': [{'re': B.real.ravel().tolist(), 'im': B.imag.ravel().tolist()} for B in built.blocks]}


def model_kappa(args):
    return {'kappa': float(chain.decay_constant(chain.params(_model(args))))}


def model_criteria(args):
    c1, c2 = chain.criteria(chain.params(_model(args)))
    return {'c1': float(c1), 'c2': float(c2)}


def ham_populations(args):
    p0 = fields.number_array(fields.require(args, 'p0', 'args'), 'p0', min_length=1)
    kappa = fields.non_negative(fields.require(args, 'kappa', 'args'), 'kappa')
    times = fields.number_array(fields.require(args, 'times', 'args'), 'times')
    return {'populations': wire.rows(rates.populations(p0, kappa, times))}


def ham_graph_populations(args):
    model = fields.graph(fields.require(args, 'model', 'args'), 'model')
    p0 = fields.number_array(fields.require(args, 'p0', 'args'), 'p0', length=len(model['sites']))
    times = fields.number_array(fields.require(args, 'times', 'args'), 'times')
    return {'populations': wire.rows(rates.graph_populations(model, p0, times))}


def exact_populations(args):
    ch = chain.explicit(_model(args))
    psi0 = wire.vector_in(fields.require(args, 'initial', 'args'), 'initial', ch.sites * ch.levels)
    times = fields.number_array(fields.require(args, 'times', 'args'), 'times')
    return {'populations': wire.rows(exact.populations(ch, psi0, times))}


def _tau(args):
    return fields.non_negative(fields.require(args, 'tau', 'args'), 'tau')


def dyson_operators(args):
    ch = chain.explicit(_model(args))
    tau = _tau(args)
    first = dyson.first_order(ch, tau)
    diag, off = dyson.second_order(ch, tau)
    return {'first': wire.matrix(first), 'second': wire.matrix(diag + off),
            'secondDiag': wire.matrix(diag), 'secondOff': wire.matrix(off)}


def dyson_bond_traces(args):
    ch = chain.explicit(_model(args))
    return {'traces': [float(t) for t in dyson.bond_traces(ch, _tau(args))]}


def _temperatures(args):
    T = fields.number_array(fields.require(args, 'temperatures', 'args'), 'temperatures')
    if np.any(T <= 0):
        raise fields.InputError('temperatures', 'an array of numbers > 0', T.tolist())
    return T


def transport_heat_capacity(args):
    n = fields.integer(fields.require(args, 'levels', 'args'), 'levels', 1)
    gap = fields.positive(fields.require(args, 'gap', 'args'), 'gap')
    return {'c': thermal.heat_capacity(n, gap, _temperatures(args)).tolist()}


def transport_kappa_th(args):
    g = lambda key: fields.require(args, key, 'args')
    n = fields.integer(g('levels'), 'levels', 1)
    bw = fields.positive(g('bandWidth'), 'bandWidth')
    lam = fields.non_negative(g('coupling'), 'coupling')
    gap = fields.positive(g('gap'), 'gap')
    return {'kappaTh': thermal.kappa_th(n, bw, lam, gap, _temperatures(args)).tolist()}


HANDLERS = {
    'model.build': 'model_build',
    'model.kappa': 'model_kappa',
    'model.criteria': 'model_criteria',
    'ham.populations': 'ham_populations',
    'exact.populations': 'exact_populations',
    'dyson.operators': 'dyson_operators',
    'dyson.bondTraces': 'dyson_bond_traces',
    'transport.heatCapacity': 'transport_heat_capacity',
    'transport.kappaTh': 'transport_kappa_th',
    'ham.graphPopulations': 'ham_graph_populations',
}
"""Capability name -> handler name in this module (looked up at call time, so mutants can patch)."""

#!/usr/bin/env python3
"""Writes smoke.jsonl: one request per capability (+ a bad field and an unknown command, answered
`errored`) on a small model drawn by hamnp; pipe it into the adapter by hand:
    python3 examples/numpy/samples/make_smoke.py > examples/numpy/samples/smoke.jsonl
    python3 examples/numpy/adapter.py < examples/numpy/samples/smoke.jsonl
"""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from hamnp import chain
p = chain.Params(3, 4, 0.05, 1.0, 0.01, 'GUE', 7)
ch = chain.build(p)
model = dict(sites=3, levels=4, bandWidth=0.05, gap=1.0, coupling=0.01, ensemble='GUE', seed=7,
  explicit=dict(levels=ch.energies.tolist(), couplings=[dict(re=B.real.ravel().tolist(), im=B.imag.ravel().tolist()) for B in ch.blocks]))
psi = [0.0]*12; psi[0]=1.0
lines = [dict(cmd='hello', protocol=1, hamcheck='0.0.0'),
 dict(seq=1, cmd='model.kappa', args=dict(model={k:v for k,v in model.items() if k!='explicit'})),
 dict(seq=2, cmd='model.criteria', args=dict(model=model)),
 dict(seq=3, cmd='ham.populations', args=dict(p0=[1,0], kappa=0.5, times=[2,0,1.5])),
 dict(seq=4, cmd='exact.populations', args=dict(model=model, initial=dict(re=psi, im=[0.0]*12), times=[10, 0, 3.5])),
 dict(seq=5, cmd='dyson.bondTraces', args=dict(model=model, tau=20)),
 dict(seq=6, cmd='transport.heatCapacity', args=dict(levels=500, gap=1, temperatures=[1e-3, 0.1467, 1e3])),
 dict(seq=7, cmd='transport.kappaTh', args=dict(levels=500, bandWidth=0.05, coupling=5e-5, gap=1, temperatures=[1e-3, 0.1467, 1e3])),
 dict(seq=8, cmd='model.build', args=dict(model=dict(sites=2, levels=2, bandWidth=0.05, gap=1, coupling=0.1, ensemble='GOE', seed=1))),
 dict(seq=9, cmd='ham.populations', args=dict(p0=[1,0], kappa=-1, times=[1])),
 dict(seq=10, cmd='nope', args={}),
 dict(seq=11, cmd='dyson.operators', args=dict(model=dict(model, sites=2, explicit=dict(levels=ch.energies[:2].tolist(), couplings=[dict(re=ch.blocks[0].real.ravel().tolist(), im=ch.blocks[0].imag.ravel().tolist())])), tau=3)),
 dict(cmd='stop')]
for l in lines: print(json.dumps(l))

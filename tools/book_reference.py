#!/usr/bin/env python3
"""Book-parity fixtures for the optimizer-trajectory lab.

Transcribes the optimizers of "Deep Learning from Scratch" (oreilly-japan/deep-learning-from-scratch,
common/optimizer.py at 07b1161, Nesterov as fixed in 89eadd0, 2021; MIT licence, (c) 2016 Koki
Saitoh) and the loop of ch06/optimizer_compare_naive.py, runs them in numpy float64 and writes
src/test/resources/book/<optimizer>.csv with columns step,x,y,f (repr precision).

The book's loop records the point before each of its 30 updates (steps 0..29); we also write the
point after the 30th update, so each file holds steps 0..30.

Run from the repository root:  python3 tools/book_reference.py
"""
import os
from collections import OrderedDict

import numpy as np


# ---- common/optimizer.py, unchanged apart from comments -------------------------------------

class SGD:
    def __init__(self, lr=0.01):
        self.lr = lr

    def update(self, params, grads):
        for key in params.keys():
            params[key] -= self.lr * grads[key]


class Momentum:
    def __init__(self, lr=0.01, momentum=0.9):
        self.lr = lr
        self.momentum = momentum
        self.v = None

    def update(self, params, grads):
        if self.v is None:
            self.v = {}
            for key, val in params.items():
                self.v[key] = np.zeros_like(val)

        for key in params.keys():
            self.v[key] = self.momentum*self.v[key] - self.lr*grads[key]
            params[key] += self.v[key]


class Nesterov:
    def __init__(self, lr=0.01, momentum=0.9):
        self.lr = lr
        self.momentum = momentum
        self.v = None

    def update(self, params, grads):
        if self.v is None:
            self.v = {}
            for key, val in params.items():
                self.v[key] = np.zeros_like(val)

        for key in params.keys():
            params[key] += self.momentum * self.momentum * self.v[key]
            params[key] -= (1 + self.momentum) * self.lr * grads[key]
            self.v[key] *= self.momentum
            self.v[key] -= self.lr * grads[key]


class AdaGrad:
    def __init__(self, lr=0.01):
        self.lr = lr
        self.h = None

    def update(self, params, grads):
        if self.h is None:
            self.h = {}
            for key, val in params.items():
                self.h[key] = np.zeros_like(val)

        for key in params.keys():
            self.h[key] += grads[key] * grads[key]
            params[key] -= self.lr * grads[key] / (np.sqrt(self.h[key]) + 1e-7)


class RMSprop:
    def __init__(self, lr=0.01, decay_rate=0.99):
        self.lr = lr
        self.decay_rate = decay_rate
        self.h = None

    def update(self, params, grads):
        if self.h is None:
            self.h = {}
            for key, val in params.items():
                self.h[key] = np.zeros_like(val)

        for key in params.keys():
            self.h[key] *= self.decay_rate
            self.h[key] += (1 - self.decay_rate) * grads[key] * grads[key]
            params[key] -= self.lr * grads[key] / (np.sqrt(self.h[key]) + 1e-7)


class Adam:
    def __init__(self, lr=0.001, beta1=0.9, beta2=0.999):
        self.lr = lr
        self.beta1 = beta1
        self.beta2 = beta2
        self.iter = 0
        self.m = None
        self.v = None

    def update(self, params, grads):
        if self.m is None:
            self.m, self.v = {}, {}
            for key, val in params.items():
                self.m[key] = np.zeros_like(val)
                self.v[key] = np.zeros_like(val)

        self.iter += 1
        lr_t = self.lr * np.sqrt(1.0 - self.beta2**self.iter) / (1.0 - self.beta1**self.iter)

        for key in params.keys():
            self.m[key] += (1 - self.beta1) * (grads[key] - self.m[key])
            self.v[key] += (1 - self.beta2) * (grads[key]**2 - self.v[key])
            params[key] -= lr_t * self.m[key] / (np.sqrt(self.v[key]) + 1e-7)


# ---- ch06/optimizer_compare_naive.py ---------------------------------------------------------

def f(x, y):
    return x**2 / 20.0 + y**2


def df(x, y):
    return x / 10.0, 2.0*y


INIT_POS = (-7.0, 2.0)
STEPS = 30

# The book's figure uses the first four; Nesterov and RMSProp are ours (DESIGN.md leaves them
# to us): the same values as OptimizerKind.figureLearningRate() in the Java code.
OPTIMIZERS = OrderedDict([
    ("sgd", lambda: SGD(lr=0.95)),
    ("momentum", lambda: Momentum(lr=0.1)),
    ("nesterov", lambda: Nesterov(lr=0.1)),
    ("adagrad", lambda: AdaGrad(lr=1.5)),
    ("rmsprop", lambda: RMSprop(lr=0.3)),
    ("adam", lambda: Adam(lr=0.3)),
])


def trajectory(optimizer, steps=STEPS):
    params = {'x': INIT_POS[0], 'y': INIT_POS[1]}
    grads = {'x': 0, 'y': 0}
    history = []
    for i in range(steps):
        history.append((params['x'], params['y']))
        grads['x'], grads['y'] = df(params['x'], params['y'])
        optimizer.update(params, grads)
    history.append((params['x'], params['y']))  # the point after the last update
    return history


def write_csv(path, history):
    with open(path, "w") as out:
        out.write("step,x,y,f\n")
        for step, (x, y) in enumerate(history):
            x, y = float(x), float(y)
            out.write("%d,%r,%r,%r\n" % (step, x, y, float(f(x, y))))


def main():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir)
    out_dir = os.path.join(root, "src", "test", "resources", "book")
    os.makedirs(out_dir, exist_ok=True)
    for name, make in OPTIMIZERS.items():
        write_csv(os.path.join(out_dir, name + ".csv"), trajectory(make()))


if __name__ == "__main__":
    main()

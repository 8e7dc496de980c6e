#!/usr/bin/env python3
"""Numpy baseline for the `bench` command: the book's ch06/optimizer_compare_mnist.py workload.

Four nets 784-100-100-100-100-10 (ReLU, He init, float64 as the book's code path), one per
optimizer (SGD, Momentum, AdaGrad, Adam), batch 128, every net takes the same mini-batch each
iteration. Transcribed from the book's common/layers.py, common/optimizer.py and
common/multi_layer_net.py so the arithmetic per iteration is the same.

Usage: numpy_optimizer_compare.py MNIST_DIR [ITERATIONS]
Prints one line: `numpy iterations=N seconds=S ms_per_iteration=M cpu_seconds=C` plus final losses
(C: the process's CPU time over the same span, all threads).
The `bench` command runs it with OPENBLAS_NUM_THREADS=1 (its --numpy-threads option): on a
shared 2-core machine, OpenBLAS's own threads spin against other processes and were 3 to 20
times slower than one thread.
"""
import gzip
import os
import sys
import time

import numpy as np


def load_images(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        data = f.read()
    n = int.from_bytes(data[4:8], "big")
    return np.frombuffer(data, np.uint8, offset=16).reshape(n, 784).astype(np.float64) / 255.0


def load_labels(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        data = f.read()
    return np.frombuffer(data, np.uint8, offset=8).astype(np.int64)


def softmax(x):
    x = x - x.max(axis=1, keepdims=True)
    e = np.exp(x)
    return e / e.sum(axis=1, keepdims=True)


class Net:
    """common/multi_layer_net.py with activation='relu', weight_init_std='he'."""

    def __init__(self, sizes, rng):
        self.params = {}
        for i in range(1, len(sizes)):
            scale = np.sqrt(2.0 / sizes[i - 1])
            self.params["W%d" % i] = scale * rng.standard_normal((sizes[i - 1], sizes[i]))
            self.params["b%d" % i] = np.zeros(sizes[i])
        self.depth = len(sizes) - 1

    def gradient(self, x, t):
        acts, masks = [x], []
        for i in range(1, self.depth + 1):
            z = acts[-1] @ self.params["W%d" % i] + self.params["b%d" % i]
            if i < self.depth:
                mask = z <= 0
                z = z.copy()
                z[mask] = 0
                masks.append(mask)
            acts.append(z)
        y = softmax(acts[-1])
        batch = x.shape[0]
        loss = -np.sum(np.log(y[np.arange(batch), t] + 1e-7)) / batch
        dout = y.copy()
        dout[np.arange(batch), t] -= 1
        dout /= batch
        grads = {}
        for i in range(self.depth, 0, -1):
            grads["W%d" % i] = acts[i - 1].T @ dout
            grads["b%d" % i] = dout.sum(axis=0)
            dout = dout @ self.params["W%d" % i].T
            if i > 1:
                dout[masks[i - 2]] = 0
        return loss, grads


class SGD:
    def __init__(self, lr=0.01):
        self.lr = lr

    def update(self, params, grads):
        for k in params:
            params[k] -= self.lr * grads[k]


class Momentum:
    def __init__(self, lr=0.01, momentum=0.9):
        self.lr, self.momentum, self.v = lr, momentum, None

    def update(self, params, grads):
        if self.v is None:
            self.v = {k: np.zeros_like(v) for k, v in params.items()}
        for k in params:
            self.v[k] = self.momentum * self.v[k] - self.lr * grads[k]
            params[k] += self.v[k]


class AdaGrad:
    def __init__(self, lr=0.01):
        self.lr, self.h = lr, None

    def update(self, params, grads):
        if self.h is None:
            self.h = {k: np.zeros_like(v) for k, v in params.items()}
        for k in params:
            self.h[k] += grads[k] * grads[k]
            params[k] -= self.lr * grads[k] / (np.sqrt(self.h[k]) + 1e-7)


class Adam:
    def __init__(self, lr=0.001, beta1=0.9, beta2=0.999):
        self.lr, self.beta1, self.beta2, self.iter, self.m, self.v = lr, beta1, beta2, 0, None, None

    def update(self, params, grads):
        if self.m is None:
            self.m = {k: np.zeros_like(v) for k, v in params.items()}
            self.v = {k: np.zeros_like(v) for k, v in params.items()}
        self.iter += 1
        lr_t = self.lr * np.sqrt(1.0 - self.beta2 ** self.iter) / (1.0 - self.beta1 ** self.iter)
        for k in params:
            self.m[k] += (1 - self.beta1) * (grads[k] - self.m[k])
            self.v[k] += (1 - self.beta2) * (grads[k] ** 2 - self.v[k])
            params[k] -= lr_t * self.m[k] / (np.sqrt(self.v[k]) + 1e-7)


def main():
    mnist_dir = sys.argv[1]
    iterations = int(sys.argv[2]) if len(sys.argv) > 2 else 2000

    def find(name):
        for candidate in (name + ".gz", name):
            path = os.path.join(mnist_dir, candidate)
            if os.path.exists(path):
                return path
        raise SystemExit("missing " + name + " in " + mnist_dir)

    x_train = load_images(find("train-images-idx3-ubyte"))
    t_train = load_labels(find("train-labels-idx1-ubyte"))
    rng = np.random.default_rng(0)
    sizes = [784, 100, 100, 100, 100, 10]
    optimizers = {"sgd": SGD(), "momentum": Momentum(), "adagrad": AdaGrad(), "adam": Adam()}
    nets = {k: Net(sizes, rng) for k in optimizers}
    losses = {}
    start = time.perf_counter()
    cpu_start = time.process_time()
    for _ in range(iterations):
        batch = rng.choice(x_train.shape[0], 128)
        x, t = x_train[batch], t_train[batch]
        for k, opt in optimizers.items():
            losses[k], grads = nets[k].gradient(x, t)
            opt.update(nets[k].params, grads)
    seconds = time.perf_counter() - start
    cpu_seconds = time.process_time() - cpu_start
    print("numpy iterations=%d seconds=%.3f ms_per_iteration=%.3f cpu_seconds=%.3f %s" % (
        iterations, seconds, 1000 * seconds / iterations, cpu_seconds,
        " ".join("%s_loss=%.4f" % kv for kv in losses.items())))


if __name__ == "__main__":
    main()

package org.gradientlab.cli;

import java.io.IOException;
import java.nio.file.Path;

import picocli.CommandLine.Option;

import org.gradientlab.core.data.Mnist;

/** {@code --mnist DIR}, one option for every command that trains on MNIST (a picocli mixin). */
final class MnistOption {
    @Option(names = "--mnist", paramLabel = "DIR",
            description = "folder with the four MNIST idx files, plain or .gz (default: the bundled copy)")
    private Path folder;

    /** The folder given, or null for the bundled copy. */
    Path folder() {
        return folder;
    }

    /** MNIST from the folder given, else the bundled copy. */
    Mnist load() throws IOException {
        return folder == null ? Mnist.bundled() : Mnist.load(folder);
    }
}

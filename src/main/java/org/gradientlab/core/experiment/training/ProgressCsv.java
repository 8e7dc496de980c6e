package org.gradientlab.core.experiment.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.gradientlab.core.io.AtomicWrite;

/**
 * One series' records as CSV, {@value #HEADER}: one row per record; an accuracy not measured at
 * that record is an empty cell, a diverged loss is NaN or Infinity, diverged is 0 or 1. Numbers
 * are written as the shortest text that reads back to the same double, so a file read back
 * gives the records that were written.
 */
public final class ProgressCsv {
    public static final String HEADER = "iteration,epoch,loss,train_acc,test_acc,val_acc,seconds,diverged";

    private ProgressCsv() {}

    public static String row(Progress p) {
        return p.iteration() + "," + p.epoch() + "," + p.loss() + "," + cell(p.trainAccuracy()) + ","
                + cell(p.testAccuracy()) + "," + cell(p.validationAccuracy()) + "," + p.seconds() + ","
                + (p.diverged() ? 1 : 0);
    }

    private static String cell(double accuracy) {
        return Double.isNaN(accuracy) ? "" : Double.toString(accuracy);
    }

    public static void write(Path file, List<Progress> records) throws IOException {
        AtomicWrite.writeText(file, out -> {
            out.write(HEADER);
            out.write(System.lineSeparator());
            for (Progress p : records) {
                out.write(row(p));
                out.write(System.lineSeparator());
            }
        });
    }

    /** Reads a file written by {@link #write} back as the records of series {@code name}, {@code index}. */
    public static List<Progress> read(Path file, String name, int index) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new IOException(file + ": header must be " + HEADER);
        }
        List<Progress> records = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",", -1);
            if (cells.length != 8) {
                throw new IOException(file + ": line " + (i + 1) + " has " + cells.length + " cells, expected 8");
            }
            try {
                records.add(new Progress(name, index, Integer.parseInt(cells[0]), Integer.parseInt(cells[1]),
                        Double.parseDouble(cells[2]), accuracy(cells[3]), accuracy(cells[4]), accuracy(cells[5]),
                        Double.parseDouble(cells[6]), cells[7].equals("1")));
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ": line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return records;
    }

    private static double accuracy(String cell) {
        return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
    }

    /**
     * File names for series names, in order: every character outside [A-Za-z0-9._-] becomes '-',
     * runs of '-' collapse ("bn w=0.1" → "bn-w-0.1.csv"), and a repeat gets "-2", "-3", ….
     */
    public static List<String> fileNames(List<String> series) {
        Set<String> taken = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (String name : series) {
            String base = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-")
                    .replaceAll("^[-.]+|-+$", "");
            if (base.isEmpty()) {
                base = "series";
            }
            String candidate = base;
            for (int n = 2; !taken.add(candidate.toLowerCase(java.util.Locale.ROOT)); n++) {
                candidate = base + "-" + n;
            }
            names.add(candidate + ".csv");
        }
        return names;
    }
}

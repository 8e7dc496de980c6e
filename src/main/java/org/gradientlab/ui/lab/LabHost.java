package org.gradientlab.ui.lab;

/** What a lab may ask of the window that shows it: bring another lab to the front. */
@FunctionalInterface
public interface LabHost {
    /** Selects the lab with {@code labId}; unknown ids are the caller's bad input. */
    void show(String labId);
}

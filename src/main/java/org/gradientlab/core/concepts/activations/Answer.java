package org.gradientlab.core.concepts.activations;

/** An answer of the checklist: yes, no, or partly (ELU's "closer to zero mean"). */
public enum Answer {
    YES, NO, PARTLY;

    /** Lower-case name for i18n keys. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

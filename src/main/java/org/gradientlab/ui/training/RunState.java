package org.gradientlab.ui.training;

/** Where the lab's current run is; decides which buttons are enabled. */
public enum RunState {
    IDLE, RUNNING, PAUSED, STOPPING, FINISHED
}

package dev.mfck.run;

/** Hears about a run while it goes: how many scenarios it will run, and each as it ends. */
public interface Progress {

    /** A run that tells nobody. */
    Progress SILENT = new Progress() {
    };

    /**
     * The suite has been discovered.
     *
     * @param scenarios how many scenarios will run
     */
    default void planned(int scenarios) {
    }

    /**
     * A scenario has ended.
     *
     * @param result its result
     * @param done   how many scenarios have ended, this one included
     * @param total  how many will run
     */
    default void finished(ScenarioResult result, int done, int total) {
    }
}

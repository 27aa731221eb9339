package dev.mfck.report;

import dev.mfck.baseline.BaselineCheck;
import dev.mfck.baseline.Gate;
import dev.mfck.run.Reports;
import dev.mfck.run.RunResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Writes the kit's own reports of a run: {@code conformance.json} and {@code index.html}. */
public final class KitReports {

    private KitReports() {
    }

    /**
     * @param dir      the report directory
     * @param run      the run
     * @param baseline the run checked against an expectations file, if one was given
     * @param gate     what the gate decided
     * @return the files written
     * @throws IOException when a report cannot be written
     */
    public static List<Path> write(Path dir, RunResult run, Optional<BaselineCheck> baseline, Gate gate)
            throws IOException {
        Files.createDirectories(dir);
        Path json = dir.resolve(Reports.CONFORMANCE_JSON);
        Path html = dir.resolve(Reports.INDEX_HTML);
        Files.writeString(json, ConformanceJson.render(run, baseline, gate), StandardCharsets.UTF_8);
        Files.writeString(html, IndexPage.render(run, baseline, gate), StandardCharsets.UTF_8);
        return List.of(json, html);
    }
}

package dev.mfck.selftest.mutants;

import dev.mfck.inmemory.InMemorySession;
import dev.mfck.spi.HResult;
import dev.mfck.spi.MajorType;
import dev.mfck.spi.MediaClip;
import dev.mfck.spi.MediaEvent;
import dev.mfck.spi.MediaEventType;
import dev.mfck.spi.NodeType;
import dev.mfck.spi.StartPosition;
import dev.mfck.spi.Topology;

/** Mutants that do not reach a state the kit checks Close from, or not as its name says. */
final class PlaybackMutants {

    private PlaybackMutants() {
    }

    /** Pause answers MESessionPaused with S_OK, and playback goes on. */
    static final class PauseKeepsPlaying extends InMemorySession {
        @Override
        public HResult pause() {
            if (closing() || shutDown()) {
                return super.pause();
            }
            return events().queue(new MediaEvent(MediaEventType.ME_SESSION_PAUSED, HResult.S_OK, null));
        }
    }

    /** A clip without audio never plays: Start answers MESessionStarted with S_OK, and nothing comes. */
    static final class VideoOnlyNeverPlays extends InMemorySession {
        private volatile boolean videoOnly;

        @Override
        public HResult setTopology(int flags, Topology topology) {
            videoOnly = topology != null && topology.nodesOf(NodeType.SOURCE_STREAM).stream()
                    .map(node -> node.object() instanceof MediaClip clip ? clip : null)
                    .anyMatch(clip -> clip != null && clip.streams().stream().noneMatch(s -> s.majorType() == MajorType.AUDIO));
            return super.setTopology(flags, topology);
        }

        @Override
        public HResult start(StartPosition position) {
            if (videoOnly && !closing() && !shutDown()) {
                return events().queue(new MediaEvent(MediaEventType.ME_SESSION_STARTED, HResult.S_OK, null));
            }
            return super.start(position);
        }
    }
}

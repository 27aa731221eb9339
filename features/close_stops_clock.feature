@rule:CLOSE-STOPS-CLOCK @required
Feature: The presentation clock does not run once MESessionClosed has been queued
  A running clock is a resource the session uses. From MESessionClosed to the end of the scenario,
  the clock the session had before Close (read with GetClock just before Close) does not run: its
  GetTime answers MF_E_SHUTDOWN, or a time that stands still, or MF_E_CLOCK_NO_TIME_SOURCE at
  every reading (a clock the session never gave a time source, as before its first Start, cannot
  run), and its GetState MF_E_SHUTDOWN or a state that is not running. Any other failure is not
  an answer the rule accepts.

  "closed from X": the session was in state X; the kit read what GetClock, GetFullTopology,
  GetSessionCapabilities and LiveResources answered, called Close (from closing, let the held
  sample go instead) and took MESessionClosed with S_OK.
  "closing": the session is started, the kit holds the next sample inside its sink's
  onProcessSample (the held sample), and Close has returned S_OK; closing cannot complete
  until the kit lets the held sample go.
  A clip is one of the kit's four shapes: audio-only, video-only, av-long (audio and video) and
  av-heavy (1080p video with audio); a state with no topology has the clip none.
  "To the end": from the moment it is forbidden until the scenario's teardown (Shutdown) has
  returned; the quiet window is the shortest watch, not the whole of it.

  Scenario Outline: the presentation clock stands still after MESessionClosed, <state>, with clip <clip>
    Given a session in the <state> state, with clip <clip>
    Then the presentation clock stands still from MESessionClosed to the end

    Examples:
      | state                    | clip       |
      | closed from topology set | audio-only |
      | closed from topology set | video-only |
      | closed from topology set | av-long    |
      | closed from topology set | av-heavy   |
      | closed from started      | audio-only |
      | closed from started      | video-only |
      | closed from started      | av-long    |
      | closed from started      | av-heavy   |
      | closed from paused       | audio-only |
      | closed from paused       | video-only |
      | closed from paused       | av-long    |
      | closed from paused       | av-heavy   |
      | closed from stopped      | audio-only |
      | closed from stopped      | video-only |
      | closed from stopped      | av-long    |
      | closed from stopped      | av-heavy   |
      | closed from ended        | audio-only |
      | closed from ended        | video-only |
      | closed from ended        | av-long    |
      | closed from ended        | av-heavy   |
      | closed from near its end | audio-only |
      | closed from near its end | video-only |
      | closed from near its end | av-long    |
      | closed from near its end | av-heavy   |
      | closed from closing      | audio-only |
      | closed from closing      | video-only |
      | closed from closing      | av-long    |
      | closed from closing      | av-heavy   |

@rule:CLOSE-IS-ASYNC @required
Feature: Close is asynchronous
  "This method is asynchronous. When the operation completes, the Media Session sends an
  MESessionClosed event." The kit proves it rather than assumes it: it holds a sample inside a
  sink callback (the held sample), so the pipeline cannot finish closing. Close must return all the
  same, at once: within mfck.timeout.async-return-ms (200 ms, times the timeout factor), not merely
  within the call deadline; and MESessionClosed must not arrive until the kit lets the sample go.

  A clip is one of the kit's four shapes: audio-only, video-only, av-long (audio and video) and
  av-heavy (1080p video with audio); a state with no topology has the clip none.

  Scenario Outline: Close returns at once while a sink holds a sample of <clip>, and MESessionClosed waits for it
    Given a session in the <state> state, with clip <clip>
    And the kit holds the next sample a sink receives
    And a sink is holding a sample
    When the application calls Close
    Then the call returned S_OK at once, within the asynchronous-return deadline
    And no MESessionClosed arrives while the sample is held
    When the kit lets the held sample go
    Then MESessionClosed arrives

    Examples:
      | state   | clip       |
      | started | audio-only |
      | started | video-only |
      | started | av-long    |
      | started | av-heavy   |

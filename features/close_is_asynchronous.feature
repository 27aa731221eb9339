@rule:CLOSE-IS-ASYNC @required
Feature: Close is asynchronous
  "This method is asynchronous. When the operation completes, the Media Session sends an
  MESessionClosed event." The kit proves it rather than assumes it: it holds a sample inside
  a sink callback, so the pipeline cannot finish closing. Close must return all the same, and
  MESessionClosed must not arrive until the kit lets the sample go.

  Scenario Outline: Close returns while a sink holds a sample of <clip>, and MESessionClosed waits for it
    Given a session in the "started" state playing "<clip>"
    And the kit holds the next sample a sink receives
    And a sink is holding a sample
    When the application calls Close
    Then the call returns S_OK
    And no MESessionClosed arrives while the sample is held
    When the kit lets the held sample go
    Then MESessionClosed arrives

    Examples:
      | clip       |
      | av-long    |
      | av-heavy   |
      | audio-only |

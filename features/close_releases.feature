Feature: Close releases everything the session uses
  "Closes the Media Session and releases all of the resources it is using." Once
  MESessionClosed has been queued, nothing of the pipeline is left running: no sample reaches
  a sink, the presentation clock stands still, and every resource the session declares is back
  where it was when the session was new.

  @rule:CLOSE-STOPS-SAMPLES @required
  Scenario Outline: no sample reaches a sink after MESessionClosed, closing while <clip> plays
    Given a session in the "started" state playing "<clip>"
    When the application calls Close
    Then the call returns S_OK
    And no sample reaches a sink after MESessionClosed

    Examples:
      | clip       |
      | av-long    |
      | av-heavy   |
      | audio-only |

  @rule:CLOSE-STOPS-CLOCK @required
  Scenario Outline: the presentation clock stands still after MESessionClosed, closing from <state>
    Given a session in the "<state>" state
    And the application holds the presentation clock
    When the application calls Close
    Then the call returns S_OK
    And the presentation clock stands still after MESessionClosed

    Examples:
      | state   |
      | started |
      | paused  |

  @rule:CLOSE-RELEASES-RESOURCES @required
  Scenario Outline: declared resources are back at their baseline after MESessionClosed, closing from <state>
    Given a session in the "<state>" state
    When the application calls Close
    Then the call returns S_OK
    And the session's live resources are back at their baseline after MESessionClosed

    Examples:
      | state        |
      | new          |
      | topology set |
      | started      |
      | paused       |
      | ended        |

  @rule:CLOSE-RELEASES-RESOURCES @required
  Scenario: declared resources are back at their baseline after closing in the middle of heavy decoding
    Given a session in the "started" state playing "av-heavy"
    When the application calls Close
    Then the call returns S_OK
    And the session's live resources are back at their baseline after MESessionClosed

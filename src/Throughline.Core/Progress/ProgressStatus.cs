namespace Throughline.Core.Progress;

/// <summary>A key result's status at a date, each set by one rule (docs/rules.md, progress rules).</summary>
public enum ProgressStatus
{
    /// <summary>PR001: the target is reached and the forecast keeps it there.</summary>
    Achieved,

    /// <summary>PR002: the forecast reaches the target with probability of at least 0.6.</summary>
    OnTrack,

    /// <summary>PR003: the forecast is uncertain, or says miss while the required run-rate has been achieved before.</summary>
    AtRisk,

    /// <summary>PR004: already a miss: the forecast says miss and the required run-rate is beyond anything achieved.</summary>
    OffTrack,

    /// <summary>PR005: no recent check-in or no value: the status cannot be known.</summary>
    Unknown,

    /// <summary>PR006: no target or direction to measure against.</summary>
    NotMeasurable,
}

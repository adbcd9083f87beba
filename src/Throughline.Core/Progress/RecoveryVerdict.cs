namespace Throughline.Core.Progress;

/// <summary>Whether a key result behind its target can still reach it.</summary>
public enum RecoveryVerdict
{
    /// <summary>The run-rate required for the remaining weeks has been achieved this cycle or in the metric's history.</summary>
    Recoverable,

    /// <summary>The required run-rate is beyond both the run-rate so far and the best run in history.</summary>
    NotRealistic,
}

namespace Throughline.Core.Model;

/// <summary>Weekly confidence in a key result: 0 off track, 1 at risk, 2 on track.</summary>
public enum Confidence
{
    /// <summary>0: off track.</summary>
    OffTrack = 0,

    /// <summary>1: at risk.</summary>
    AtRisk = 1,

    /// <summary>2: on track.</summary>
    OnTrack = 2,
}

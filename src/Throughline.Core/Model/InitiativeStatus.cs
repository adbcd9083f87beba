namespace Throughline.Core.Model;

/// <summary>Delivery status of a roadmap initiative.</summary>
public enum InitiativeStatus
{
    /// <summary>Planned, not started.</summary>
    Planned,

    /// <summary>Work has started.</summary>
    InProgress,

    /// <summary>Shipped to customers.</summary>
    Shipped,

    /// <summary>Blocked on something outside the team.</summary>
    Blocked,

    /// <summary>Dropped.</summary>
    Cancelled,
}

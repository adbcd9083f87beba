namespace Throughline.Core.Model;

/// <summary>Kinds of dated events that can explain a metric's movement.</summary>
public enum EventKind
{
    /// <summary>A change in the market: competitor exit, regulation, macro shift.</summary>
    Market,

    /// <summary>An outage or quality incident.</summary>
    Incident,

    /// <summary>A marketing or sales campaign.</summary>
    Campaign,

    /// <summary>A pricing or packaging change.</summary>
    Pricing,

    /// <summary>A seasonal effect (year end, holidays, budget season).</summary>
    Seasonality,

    /// <summary>A team change: reorg, departures, hiring.</summary>
    TeamChange,

    /// <summary>A change to how a metric is defined or tracked.</summary>
    MetricChange,

    /// <summary>Anything else.</summary>
    Other,
}

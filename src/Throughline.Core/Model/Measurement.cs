namespace Throughline.Core.Model;

/// <summary>How a key result is measured: the data source, the tracked event and the dashboard.</summary>
/// <param name="Source">Data source or system of record, e.g. <c>Amplitude</c>, <c>Salesforce</c>, <c>warehouse.fct_revenue</c>.</param>
/// <param name="Event">Tracked event or id definition, e.g. <c>report_shared</c>.</param>
/// <param name="Dashboard">Dashboard name or link.</param>
public sealed record Measurement(string? Source = null, string? Event = null, string? Dashboard = null)
{
    /// <summary>True when at least one of source, event or dashboard is given.</summary>
    public bool IsDefined =>
        !string.IsNullOrWhiteSpace(Source) || !string.IsNullOrWhiteSpace(Event) || !string.IsNullOrWhiteSpace(Dashboard);
}

namespace Throughline.Core.Model;

/// <summary>Whether a key result's metric predicts an outcome (leading) or reports it after the fact (lagging).</summary>
public enum IndicatorKind
{
    /// <summary>Moves early and predicts the lagging outcome (activation, weekly usage).</summary>
    Leading,

    /// <summary>Reports the outcome after the fact (revenue, retention, churn).</summary>
    Lagging,
}

using Throughline.Core.Knowledge;

namespace Throughline.Core.Alignment;

/// <summary>How one metric relates to another in the knowledge base, strongest last.</summary>
public enum MetricRelation
{
    /// <summary>No known relation.</summary>
    None,

    /// <summary>The other metric drives this one: moving this one does not move the other.</summary>
    DrivenBy,

    /// <summary>Both metrics are in the same family (e.g. both retention).</summary>
    SameFamily,

    /// <summary>This metric drives a metric that drives the other (two steps).</summary>
    IndirectDriver,

    /// <summary>This metric directly drives the other (e.g. activation drives retention).</summary>
    Driver,

    /// <summary>The same metric.</summary>
    Same,
}

/// <summary>Relates metrics through the knowledge base's driver relations and families.</summary>
public static class MetricRelations
{
    /// <summary>How <paramref name="from"/> relates to <paramref name="to"/>: the same metric, a driver of it, and so on.</summary>
    public static MetricRelation Relate(KnowledgeBase knowledge, KnownMetric from, KnownMetric to)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var source = from.CanonicalId;
        var target = to.CanonicalId;
        var targets = knowledge.InverseOf(target) is { } inverse ? [target, inverse] : new[] { target };
        if (source == target || from.Id == to.Id || knowledge.InverseOf(source) == target)
        {
            return MetricRelation.Same;
        }

        var driven = Drives(knowledge, from);
        if (driven.Any(targets.Contains))
        {
            return MetricRelation.Driver;
        }

        if (driven.Any(d => knowledge.Find(d) is { } middle && middle.Drives.Any(targets.Contains)))
        {
            return MetricRelation.IndirectDriver;
        }

        if (Drives(knowledge, to).Contains(source) || (knowledge.InverseOf(source) is { } sourceInverse && Drives(knowledge, to).Contains(sourceInverse)))
        {
            return MetricRelation.DrivenBy;
        }

        // A catalogue metric like no built-in one has only a default family: a shared family says nothing about it.
        var familiesKnown = !IsUnknownCatalogueMetric(from) && !IsUnknownCatalogueMetric(to);
        return familiesKnown && from.Family == to.Family ? MetricRelation.SameFamily : MetricRelation.None;
    }

    /// <summary>Words for a relation, e.g. "drives", for reasons shown to people.</summary>
    public static string Describe(MetricRelation relation) => relation switch
    {
        MetricRelation.Same => "is the same metric as",
        MetricRelation.Driver => "drives",
        MetricRelation.IndirectDriver => "drives (through one intermediate metric)",
        MetricRelation.SameFamily => "is in the same metric family as",
        MetricRelation.DrivenBy => "is driven by (does not move)",
        _ => "has no known relation to",
    };

    private static bool IsUnknownCatalogueMetric(KnownMetric metric) => metric.FromCatalogue && metric.Like is null;

    private static IReadOnlyList<string> Drives(KnowledgeBase knowledge, KnownMetric metric) =>
        metric.Drives.Count > 0 ? metric.Drives : knowledge.Find(metric.CanonicalId)?.Drives ?? [];
}

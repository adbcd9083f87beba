using Throughline.Core.Knowledge;
using Throughline.Core.Model;

namespace Throughline.Core.Roadmap;

/// <summary>The metric each KR measures, matched once per audit: its <c>metric</c> field as an id, else by name or text.</summary>
internal sealed class KrMetrics(KnowledgeBase knowledge)
{
    private readonly Dictionary<KeyResult, KnownMetric?> _metrics = new(ReferenceEqualityComparer.Instance);

    public KnowledgeBase Knowledge => knowledge;

    public KnownMetric? Of(KeyResult kr)
    {
        if (!_metrics.TryGetValue(kr, out var metric))
        {
            metric = (kr.Metric is null ? null : knowledge.Find(kr.Metric))
                ?? (knowledge.Match(kr.Metric) ?? (kr.Metric is null ? knowledge.Match(kr.Text) : null))?.Metric;
            _metrics[kr] = metric;
        }

        return metric;
    }
}

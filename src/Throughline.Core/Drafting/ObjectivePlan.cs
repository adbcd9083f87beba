using Throughline.Core.Model;

namespace Throughline.Core.Drafting;

/// <summary>The company objective a drafted objective serves and the metric links its key results are written from.</summary>
internal sealed record ObjectivePlan(Objective Company, IReadOnlyList<LineOfSightLink> Links);

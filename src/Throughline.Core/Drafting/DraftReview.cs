using Throughline.Core.Knowledge;
using Throughline.Core.Model;
using Throughline.Core.Quality.Review;

namespace Throughline.Core.Drafting;

/// <summary>
/// Reviews a draft with the existing analysers: the quality review (rules, scores, rewrites, 1-5 connection
/// strength) runs on a copy of the workspace where the draft replaces the unit's objectives for the cycle, and the
/// report is narrowed to the unit.
/// </summary>
public static class DraftReview
{
    /// <summary>The quality review of <paramref name="draft"/> in the context of <paramref name="workspace"/>.</summary>
    public static QualityReport Run(OkrWorkspace workspace, KnowledgeBase knowledge, TeamDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return QualityReview.Run(draft.ApplyTo(workspace), knowledge, draft.Cycle).ForUnit(draft.Unit.Id);
    }
}

using Throughline.Core.Drafting;
using Throughline.Core.Quality.Review;

namespace Throughline.Cli.Commands.Draft;

/// <summary>What the draft command reports: the draft, the quality review of it, the file written and how it was made.</summary>
internal sealed record DraftReport(TeamDraft Draft, QualityReport Review, string File, string Engine, string EngineNote);

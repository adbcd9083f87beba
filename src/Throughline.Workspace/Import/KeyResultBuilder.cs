using Throughline.Core.Diagnostics;
using Throughline.Core.Model;
using Throughline.Core.Parsing;
using Throughline.Workspace.Loading;

namespace Throughline.Workspace.Import;

/// <summary>
/// Builds a <see cref="KeyResult"/> from a draft: the text as written plus the values stated in their own columns,
/// merged with what the text says exactly as the workspace loader does (stated values win; contradictions reported).
/// </summary>
internal static class KeyResultBuilder
{
    public static KeyResult Build(DraftKeyResult draft, OkrRef reference, KrParseContext context, DiagnosticBag diagnostics)
    {
        var stated = new KeyResult
        {
            Ref = reference,
            Text = draft.Text,
            Baseline = draft.Baseline,
            Target = draft.Target,
            Deadline = draft.Deadline,
            MeasureUnit = draft.Unit ?? MeasureUnit.Unspecified,
            IsRat = draft.IsRat,
            Owner = draft.Owner,
            Measurement = draft.Dashboard is { } dashboard ? new Measurement(Dashboard: dashboard) : new(),
            Origin = draft.Origin,
        };
        return KeyResultAssembler.Assemble(stated, context, diagnostics, draft.ParseText);
    }
}

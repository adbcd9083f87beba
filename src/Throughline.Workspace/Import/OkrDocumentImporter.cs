namespace Throughline.Workspace.Import;

/// <summary>
/// Imports OKRs as people write them — a Markdown document, plain pasted text or a CSV export — into the model.
/// Key result fields (baseline, target, deadline…) are read from each KR's text; the document's structure
/// (teams, objectives, key results, owners, ids) is read here. Everything skipped or renumbered is reported.
/// </summary>
public static class OkrDocumentImporter
{
    /// <summary>
    /// Imports <paramref name="text"/>. The format follows <paramref name="fileName"/>'s extension: <c>.md</c>,
    /// <c>.markdown</c> and <c>.txt</c> are text, <c>.csv</c> and <c>.tsv</c> are CSV; anything else is sniffed from the first line.
    /// </summary>
    /// <param name="text">The document's content.</param>
    /// <param name="fileName">The file name used in every <see cref="Throughline.Core.Model.SourceRef"/> and to pick the format.</param>
    /// <param name="options">The cycle, the KR parse context and the unit for objectives the document gives no team.</param>
    public static ImportResult Import(string text, string fileName, ImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Cycle, nameof(options));

        var document = new DraftDocument(fileName);
        if (IsCsv(text, fileName))
        {
            CsvDocumentReader.Read(text, document, options.Context);
        }
        else
        {
            TextDocumentReader.Read(text, document, options.Context);
        }

        return ModelBuilder.Build(document, options);
    }

    private static bool IsCsv(string text, string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".md" or ".markdown" or ".txt" or ".text" => false,
        ".csv" or ".tsv" => true,
        _ => CsvDocumentReader.LooksLikeCsv(text),
    };
}

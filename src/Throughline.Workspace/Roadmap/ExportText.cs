using System.Text;

namespace Throughline.Workspace.Roadmap;

/// <summary>
/// Reads an export's bytes as text the way spreadsheets and trackers write it: UTF-8 (with or without a byte-order
/// mark), UTF-16 with a byte-order mark, or, when the bytes are not valid UTF-8 (a CSV saved by Excel on Windows),
/// Latin-1, with a note saying so.
/// </summary>
public static class ExportText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text of <paramref name="bytes"/>; <paramref name="note"/> says when it was not UTF-8.</summary>
    public static string Decode(byte[] bytes, out string? note)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        note = null;
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            using var reader = new StreamReader(new MemoryStream(bytes), Encoding.Unicode, detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }

        try
        {
            return StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            note = "the file is not UTF-8; it was read as Latin-1 (Windows Western). Export as UTF-8 if accented letters look wrong";
            return Encoding.Latin1.GetString(bytes);
        }
    }
}

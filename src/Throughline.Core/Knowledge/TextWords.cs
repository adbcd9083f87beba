namespace Throughline.Core.Knowledge;

/// <summary>
/// The words of a text as spans (runs of letters and digits), without allocating: <c>foreach (var word in new
/// TextWords(text))</c>.
/// </summary>
internal readonly ref struct TextWords(ReadOnlySpan<char> text)
{
    private readonly ReadOnlySpan<char> _text = text;

    public Enumerator GetEnumerator() => new(_text);

    /// <summary>Walks the words of the text.</summary>
    public ref struct Enumerator(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private int _next;

        public ReadOnlySpan<char> Current { get; private set; }

        public bool MoveNext()
        {
            var start = _next;
            while (start < _text.Length && !char.IsLetterOrDigit(_text[start]))
            {
                start++;
            }

            if (start >= _text.Length)
            {
                return false;
            }

            var end = start;
            while (end < _text.Length && char.IsLetterOrDigit(_text[end]))
            {
                end++;
            }

            Current = _text[start..end];
            _next = end;
            return true;
        }
    }
}

namespace Throughline.Core.Roadmap.Cut;

/// <summary>
/// Exact branch and bound for the roadmap cut: a knapsack over open initiatives with dependency closure and a concave
/// (diminishing returns) value per key result. Items are tried best value-per-effort first; deciding to keep an item
/// keeps its prerequisites, deciding to cut it cuts everything that depends on it. The bound on what the undecided
/// items can still add is the smaller of two: the fractional knapsack of their stand-alone values (a KR's value never
/// grows faster than linearly), and the concave value per KR of all their positive contributions together (a KR's value
/// never falls when work is added). When the node budget runs out (very large roadmaps) the best answer found is returned with the bound,
/// so the remaining optimality gap is known.
/// </summary>
public static class CutOptimizer
{
    /// <summary>Solves <paramref name="problem"/>; <paramref name="maxNodes"/> caps the search (default: scaled to the size).</summary>
    public static CutSolution Solve(CutProblem problem, long? maxNodes = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var search = new Search(problem, maxNodes ?? Math.Max(20_000, 60_000_000 / Math.Max(1, problem.Items.Count)));
        return search.Run();
    }

    private sealed class Search
    {
        private const byte Undecided = 0;
        private const byte Keep = 1;
        private const byte Drop = 2;

        private readonly CutProblem _problem;
        private readonly long _maxNodes;
        private readonly int[][] _prerequisites;
        private readonly int[][] _dependants;
        private readonly double[] _bound;
        private readonly int[] _order;
        private readonly byte[] _state;
        private readonly double[] _progress;
        private readonly double[] _remaining;
        private double _capGain;
        private bool[] _best;
        private double _bestValue;
        private double _value;
        private double _effort;
        private long _nodes;
        private bool _aborted;

        public Search(CutProblem problem, long maxNodes)
        {
            _problem = problem;
            _maxNodes = maxNodes;
            var n = problem.Items.Count;
            _prerequisites = [.. Enumerable.Range(0, n).Select(i => Closure(i, j => problem.Items[j].Prerequisites))];
            var direct = new List<int>[n];
            for (var i = 0; i < n; i++)
            {
                direct[i] = [];
            }

            for (var i = 0; i < n; i++)
            {
                foreach (var p in problem.Items[i].Prerequisites)
                {
                    direct[p].Add(i);
                }
            }

            _dependants = [.. Enumerable.Range(0, n).Select(i => Closure(i, j => direct[j]))];
            var worksAgainst = new bool[problem.Weights.Count];
            foreach (var (kr, share) in problem.Items.SelectMany(i => i.Contributions))
            {
                worksAgainst[kr] |= share < 0;
            }

            // Stand-alone value: the most an item can add, at the steepest slope its KRs can still have.
            _bound = [.. problem.Items.Select(item => item.Contributions
                .Where(c => c.Share > 0)
                .Sum(c => problem.Weights[c.KeyResult] * c.Share * (worksAgainst[c.KeyResult] || problem.FixedProgress[c.KeyResult] < 1 ? 1 : problem.BeyondGap)))];
            _order = [.. Enumerable.Range(0, n).OrderByDescending(Density).ThenBy(i => i)];
            _state = new byte[n];
            _progress = [.. problem.FixedProgress];
            _remaining = new double[problem.Weights.Count];
            foreach (var (kr, share) in problem.Items.SelectMany(i => i.Contributions).Where(c => c.Share > 0))
            {
                _remaining[kr] += share;
            }

            _capGain = Enumerable.Range(0, _remaining.Length).Sum(CapTerm);
            _best = new bool[n];
            _bestValue = 0;
        }

        public CutSolution Run()
        {
            var root = BoundFrom(0);
            Branch(0);
            var optimal = !_aborted;
            return new CutSolution(_best, _bestValue, optimal ? _bestValue : Math.Max(root, _bestValue), optimal, _nodes);
        }

        private double Density(int i)
        {
            var effort = _problem.Items[i].Effort;
            return effort <= 0 ? double.MaxValue : _bound[i] / effort;
        }

        private void Branch(int position)
        {
            if (_aborted)
            {
                return;
            }

            if (++_nodes > _maxNodes)
            {
                _aborted = true;
                return;
            }

            while (position < _order.Length && _state[_order[position]] != Undecided)
            {
                position++;
            }

            if (position == _order.Length)
            {
                if (_value > _bestValue + 1e-12)
                {
                    _bestValue = _value;
                    _best = [.. _state.Select(s => s == Keep)];
                }

                return;
            }

            if (BoundFrom(position) <= _bestValue + 1e-12)
            {
                return;
            }

            var item = _order[position];
            var keep = new List<int> { item };
            var keepable = true;
            foreach (var p in _prerequisites[item])
            {
                if (_state[p] == Drop)
                {
                    keepable = false;
                    break;
                }

                if (_state[p] == Undecided)
                {
                    keep.Add(p);
                }
            }

            if (keepable && _effort + keep.Sum(i => _problem.Items[i].Effort) <= _problem.Budget + 1e-9)
            {
                Apply(keep, Keep);
                Branch(position + 1);
                Undo(keep, Keep);
            }

            var drop = new List<int> { item };
            drop.AddRange(_dependants[item].Where(d => _state[d] == Undecided));
            Apply(drop, Drop);
            Branch(position + 1);
            Undo(drop, Drop);
        }

        private double BoundFrom(int position) => _value + Math.Min(KnapsackGain(position), _capGain);

        // What the undecided items could add if every KR took all of their positive contributions: the concave value
        // of the sum, per KR (no subset adds more, since a KR's value only grows with progress).
        private double CapTerm(int kr) =>
            _problem.Weights[kr] * (_problem.Utility(_progress[kr] + _remaining[kr]) - _problem.Utility(_progress[kr]));

        private double KnapsackGain(int position)
        {
            var room = _problem.Budget - _effort;
            var bound = 0.0;
            for (var p = position; p < _order.Length; p++)
            {
                var i = _order[p];
                if (_state[i] != Undecided || _bound[i] <= 0)
                {
                    continue;
                }

                var effort = _problem.Items[i].Effort;
                if (effort <= room)
                {
                    room -= effort;
                    bound += _bound[i];
                }
                else
                {
                    bound += _bound[i] * (room / effort);
                    break;
                }
            }

            return bound;
        }

        private void Apply(List<int> items, byte state)
        {
            foreach (var i in items)
            {
                _state[i] = state;
                if (state == Keep)
                {
                    _effort += _problem.Items[i].Effort;
                }

                Move(i, +1, state == Keep);
            }
        }

        private void Undo(List<int> items, byte state)
        {
            foreach (var i in items)
            {
                _state[i] = Undecided;
                if (state == Keep)
                {
                    _effort -= _problem.Items[i].Effort;
                }

                Move(i, -1, state == Keep);
            }
        }

        // Decides (sign +1) or undecides (-1) an item: it leaves (or rejoins) the undecided pool, and when kept its
        // contributions are added to (or taken from) the KRs' progress.
        private void Move(int item, int sign, bool kept)
        {
            foreach (var (kr, share) in _problem.Items[item].Contributions)
            {
                _capGain -= CapTerm(kr);
                if (share > 0)
                {
                    _remaining[kr] -= sign * share;
                }

                if (kept)
                {
                    var before = _progress[kr];
                    var after = before + (sign * share);
                    _value += _problem.Weights[kr] * (_problem.Utility(after) - _problem.Utility(before));
                    _progress[kr] = after;
                }

                _capGain += CapTerm(kr);
            }
        }

        private static int[] Closure(int start, Func<int, IEnumerable<int>> next)
        {
            var seen = new HashSet<int>();
            var stack = new Stack<int>(next(start));
            while (stack.Count > 0)
            {
                var i = stack.Pop();
                if (i != start && seen.Add(i))
                {
                    foreach (var j in next(i))
                    {
                        stack.Push(j);
                    }
                }
            }

            return [.. seen.Order()];
        }
    }
}

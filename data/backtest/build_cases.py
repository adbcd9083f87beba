"""Builds weekly KR backtest cases from a daily public series.

Usage: python3 build_cases.py bike-sharing-daily.csv > bike-sharing-weekly.jsonl
       python3 build_cases.py melbourne-max-temperature-daily.csv --mean --both > melbourne-max-temperature-weekly.jsonl

Each daily column (casual, registered, total rides) is summed into Monday-Sunday weeks. For every
other week s from week 13 on (so at least 13 weeks of history), a 13-week cycle starts at week s:
- history:  the weekly values before the cycle (all of them);
- baseline: the mean of the last 4 weeks before the cycle (rounded);
- target:   baseline x ambition, the ambitions cycling through 1.00, 1.05, 1.10, 1.20, 1.35 in case
            order, so they are fixed before the outcome is known;
- checkins: the first 7 weekly values of the cycle (week 7 of 13);
- hit:      whether week 13's value reached the target.
Values are dated on the Sunday that ends their week.
--mean averages the days of a week instead of summing them (temperatures). --both alternates increase and
decrease KRs; a decrease KR's target is baseline x (2 - ambition), i.e. 1.00, 0.95, 0.90, 0.80, 0.65.
"""
import csv, datetime, json, sys

AMBITIONS = [1.0, 1.05, 1.10, 1.20, 1.35]

def main(path, mean=False, both=False):
    with open(path) as f:
        rows = list(csv.DictReader(f))
    columns = [c for c in rows[0] if c != 'date']
    days = {datetime.date.fromisoformat(r['date']): r for r in rows}
    first = min(days)
    monday = first + datetime.timedelta(days=(7 - first.weekday()) % 7)
    weeks = []
    while all(monday + datetime.timedelta(days=i) in days for i in range(7)):
        week = [days[monday + datetime.timedelta(days=i)] for i in range(7)]
        weeks.append((monday + datetime.timedelta(days=6), {c: (round(sum(float(d[c]) for d in week) / 7, 2) if mean else sum(int(d[c]) for d in week)) for c in columns}))
        monday += datetime.timedelta(days=7)
    for column in columns:
        series = [(d, v[column]) for d, v in weeks]
        for k, s in enumerate(range(13, len(series) - 13 + 1, 2)):
            history, cycle = series[:s], series[s:s + 13]
            baseline = round(sum(v for _, v in history[-4:]) / 4)
            ambition = AMBITIONS[k % len(AMBITIONS)]
            direction = 'decrease' if both and (k // len(AMBITIONS)) % 2 == 1 else 'increase'
            factor = ambition if direction == 'increase' else 2 - ambition
            baseline = round(sum(v for _, v in history[-4:]) / 4, 2 if mean else None)
            target = round(baseline * factor, 2 if mean else None)
            case = {
                'id': f'{column}-{cycle[0][0] - datetime.timedelta(days=6)}-{direction}-x{factor:.2f}',
                'metric': f'weekly_{column}' + ('' if mean else '_rides'), 'unit': 'celsius' if mean else 'count', 'direction': direction,
                'quarter_start': str(cycle[0][0] - datetime.timedelta(days=6)),
                'baseline': baseline, 'target': target,
                'history': [{'date': str(d), 'value': v} for d, v in history],
                'checkins': [{'date': str(d), 'value': v} for d, v in cycle[:7]],
                'hit': cycle[12][1] >= target if direction == 'increase' else cycle[12][1] <= target,
            }
            print(json.dumps(case, separators=(',', ':')))

if __name__ == '__main__':
    main(sys.argv[1], mean='--mean' in sys.argv, both='--both' in sys.argv)

using Staffing.Solver.Problem;

namespace Staffing.Solver.Search;

/// <summary>
/// A proven lower bound with the hard rules that tie seats together priced instead of kept (Lagrangian
/// relaxation): each person-week gets a capacity price mu >= 0 (H3), each seat then independently takes its
/// cheapest priced option, and bound = sum of those - sum of the prices times their rows' right-hand sides.
/// Beside each capacity row sit count rows (in a week, the seats' loads weighed by a dual-feasible function sum
/// to at most 1: two 80 % seats never share a week, nor an 80 % and a 50 % one, see <see cref="CountRows"/>)
/// and for each person with several candidate seats in one project an H1 row (they hold at most one), priced
/// the same way. Any prices give a valid bound (a feasible plan pays at least that much); subgradient steps
/// raise it towards the value of the LP relaxation with those rows. The dedicated partners' reservations take
/// capacity like seats (<see cref="PartnerReservations"/>); H6 and H8 are relaxed, which only lowers the bound.
/// The prices are also handed out to build plans from (<see cref="PricedConstruction"/>).
/// </summary>
internal sealed class LagrangianBound
{
    private const int StallLimit = 15;

    /// <summary>
    /// The step size is halved only after <see cref="StallLimit"/> steps and this long without a better bound (or
    /// since it was last halved). Halving after 15 steps alone suited large, where a step takes 30-65 ms; on faster
    /// steps it halved so often that the bound stalled early. Bound of medium after 60 s: 46.01e9 with 15 steps
    /// alone, 46.21e9 with 0.3 s, 46.31e9 with 1 s, 46.33e9-46.35e9 with 2 s, 3 s or 4 s; large after 120 s: 123.1e9-123.3e9
    /// with 15 steps alone, 124.2e9-124.6e9 with 2 s (four runs), 124.6e9-124.8e9 with 3 s (three runs), 124.1e9
    /// with 4 s; on a 600-seat scenario whose LP relaxation with these rows is 17.49e9, 16.80e9 with 15 steps
    /// alone and 17.44e9 with 2 s.
    /// </summary>
    private static readonly TimeSpan StallTime = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Share of the last direction kept in the next step of the capacity prices (a deflected subgradient): it
    /// damps the zig-zag of plain steps. Bound after 60 s of large on one core: 117.4e9 plain, 119.6e9 with
    /// 0.5, 120.8e9 with 0.85, 122.1e9 with 0.93, 120.5e9 with 0.97; on medium 45.59e9 plain, 45.67e9 with
    /// 0.85, 45.64e9 with 0.93.
    /// </summary>
    private const double Deflection = 0.9;

    /// <summary>
    /// Count rows per person-week by default, one per k: the seats' loads as shares of the room, weighed by the
    /// dual-feasible function u_k (<see cref="CountRows"/>), sum to at most 1. Bound of medium after 10 s on
    /// one core: 45.59e9 with the unlifted clique row alone (uses over half the room exclude each other),
    /// 45.92e9 with k = 1, 46.01e9 with k = 1 and 3, 46.04e9 with k = 1, 2 and 3. On large the extra rows come
    /// in late and 100 s gave 122.7e9-122.8e9 with any of these.
    /// </summary>
    public static readonly int[] DefaultCountRows = [1, 3];
    private const double InitialTheta = 0.5;

    /// <summary>
    /// Above <see cref="ExtraRowsFromStartPairLimit"/> pairs the count and project rows are priced only once the
    /// capacity prices have nearly converged (the step size halved four times): on large (7.9 million pairs, 75 ms
    /// a step) pricing them from the start slowed the capacity prices down more than they added (112e9 instead of
    /// 120e9 in the time limit). On medium (311,200 pairs) capacity alone levels off at 44.95e9; all rows from the
    /// start reach 45.6e9 within 10 s, but only 45.3e9 when added after capacity has converged.
    /// </summary>
    private const double ExtraRowsBelowTheta = InitialTheta / 10;

    /// <summary>Up to this many seat-person pairs all rows are priced from the first step (see <see cref="ExtraRowsBelowTheta"/>).</summary>
    private const long ExtraRowsFromStartPairLimit = 1_000_000;

    /// <summary>H1 rows are priced as "project load in percent &lt;= 100" (see <see cref="PriceWeeks"/>).</summary>
    public const double ProjectRowScale = 100;

    /// <summary>
    /// Every this many steps a copy of the prices is handed out to build plans from: early prices already beat
    /// the greedy plan (on medium, after 50 steps), later ones do better still while the bound is rising.
    /// </summary>
    private const int PricesEvery = 50;

    /// <summary>Seat loads given count-row prices of their own; seats of rarer loads stay out of the count rows (still valid, only weaker).</summary>
    private const int MaxLoadClasses = 16;

    private readonly StaffingProblem _problem;
    private readonly int _weeks;
    private readonly int _people;
    private readonly double[][] _mu;

    /// <summary>Per person and week: the last step's direction for the capacity prices (see <see cref="Deflection"/>).</summary>
    private readonly double[][] _direction;
    private readonly double[][] _prefix;
    private readonly int[][] _use;
    /// <summary>Per count row (one per k of <see cref="_countRows"/>), person and week: the price of the row "sum of u_k(load/room) &lt;= 1".</summary>
    private readonly double[][][] _nu;

    /// <summary>Per count row, person and week: the row's left-hand side in this step's choices.</summary>
    private readonly double[][][] _heavy;
    private readonly int[] _loads;
    private readonly int[] _loadClass;

    /// <summary>Per count row, load class and room: the use's weight in the row, looked up in the steps' inner loops.</summary>
    private readonly double[][][] _weight;

    /// <summary>
    /// Per load class, person and week, once the count rows are priced: running sum of what a seat of that load pays
    /// a week, its capacity price (load times mu) and the prices of the count rows it is in. One array read for both
    /// kinds of price per seat-person pair: on large the seat loop took 128-139 ms a step with capacity and count
    /// read from two arrays, against 22-26 ms before the count rows were priced.
    /// </summary>
    private readonly double[][][] _countPrefix;

    /// <summary>Per seat and candidate: the H1 row (person, project) priced for it, or -1 when the person is a candidate for no other seat of the project.</summary>
    private readonly int[][] _projectRow;
    private readonly double[] _rho;
    private readonly int[] _projectUse;
    private readonly SeatPrices _prices;
    private readonly PartnerReservations _reservations;
    private bool _extraRows;

    private readonly int[] _countRows;

    /// <summary>
    /// The seats grouped by load class, the order the steps price them in: each class's running sums then stay in
    /// the cache while its seats are priced. On large (5 classes, 2.1 MB of sums each) the seat loop of a step took
    /// 65-77 ms in the seats' own order once the count rows were priced, 37-45 ms in this order.
    /// </summary>
    private readonly int[] _seatOrder;

    private LagrangianBound(StaffingProblem problem, int[] countRows)
    {
        _countRows = countRows;
        _problem = problem;
        _weeks = problem.Weeks;
        _people = problem.People.Length;
        _mu = Grid<double>(_weeks);
        _direction = Grid<double>(_weeks);
        _prefix = Grid<double>(_weeks + 1);
        _use = Grid<int>(_weeks);
        _nu = [.. _countRows.Select(_ => Grid<double>(_weeks))];
        _heavy = [.. _countRows.Select(_ => Grid<double>(_weeks))];
        _loads = [.. problem.Seats.GroupBy(s => s.Load).OrderByDescending(g => g.Count()).Take(MaxLoadClasses).Select(g => g.Key)];
        _loadClass = [.. problem.Seats.Select(s => Array.IndexOf(_loads, s.Load))];
        _seatOrder = [.. problem.Seats.OrderBy(s => _loadClass[s.Index]).ThenBy(s => s.Index).Select(s => s.Index)];
        _countPrefix = [.. _loads.Select(_ => Grid<double>(_weeks + 1))];
        var maxRoom = problem.People.SelectMany(p => p.Room).DefaultIfEmpty(0).Max();
        _weight = [.. _countRows.Select(k => _loads.Select(load => Enumerable.Range(0, maxRoom + 1).Select(room => CountRows.Weight(k, load, room)).ToArray()).ToArray())];
        _projectRow = ProjectRows(problem, out var rows);
        _rho = new double[rows];
        _projectUse = new int[rows];
        _prices = new SeatPrices(problem, _prefix, _countPrefix, _loadClass, _projectRow, _rho);
        _reservations = new PartnerReservations(problem);
        if (problem.Candidates.Sum(c => (long)c.Length) <= ExtraRowsFromStartPairLimit)
        {
            PriceExtraRows();
        }
    }

    /// <summary>Numbers the H1 rows worth pricing: a person with two or more candidate seats in one project.</summary>
    private static int[][] ProjectRows(StaffingProblem problem, out int rows)
    {
        var rowOf = new int[problem.Seats.Length][];
        var count = 0;
        foreach (var project in problem.Seats.GroupBy(s => s.ProjectIndex))
        {
            var seats = project.ToArray();
            var row = new Dictionary<int, int>();
            foreach (var person in seats.SelectMany(s => problem.Candidates[s.Index]).GroupBy(p => p).Where(g => g.Count() > 1))
            {
                row[person.Key] = count++;
            }

            foreach (var seat in seats)
            {
                rowOf[seat.Index] = [.. problem.Candidates[seat.Index].Select(p => row.GetValueOrDefault(p, -1))];
            }
        }

        rows = count;
        return rowOf;
    }

    /// <param name="upperBound">The best plan's objective so far (read each step): the target of the step size.</param>
    /// <param name="onImproved">Told each better proven bound as it is found (from this thread), so a search running beside it can report it.</param>
    /// <param name="onPrices">Given a copy of the prices every <see cref="PricesEvery"/> steps, to build plans from.</param>
    /// <param name="countRows">The k of each count row per person-week (default <see cref="DefaultCountRows"/>).</param>
    public static long Compute(
        StaffingProblem problem, Func<long> upperBound, int maxIterations, Func<bool> timeUp, Action<long>? onImproved = null,
        Action<SeatPrices>? onPrices = null, int[]? countRows = null) =>
        new LagrangianBound(problem, countRows ?? DefaultCountRows).Run(upperBound, maxIterations, timeUp, onImproved, onPrices);

    private long Run(Func<long> upperBound, int maxIterations, Func<bool> timeUp, Action<long>? onImproved, Action<SeatPrices>? onPrices)
    {
        var constant = (double)_problem.EmptySeatCost.Sum();
        var best = (double)RelaxedBound.Compute(_problem);
        var theta = InitialTheta;
        var stall = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var changedAt = TimeSpan.Zero;
        for (var iteration = 0; iteration < maxIterations && !timeUp(); iteration++)
        {
            var value = constant + PriceWeeks() + _reservations.Choose(_mu, _use) - (ProjectRowScale * _rho.Sum());
            Array.Clear(_projectUse);
            foreach (var index in _seatOrder)
            {
                var seat = _problem.Seats[index];
                var (price, option) = CheapestPricedOption(seat);
                value += price;
                if (option >= 0)
                {
                    Use(seat, _problem.Candidates[seat.Index][option]);
                    var row = _projectRow[seat.Index][option];
                    if (row >= 0)
                    {
                        _projectUse[row]++;
                    }
                }
            }

            if (value > best + 1)
            {
                (best, stall, changedAt) = (value, 0, clock.Elapsed);
                onImproved?.Invoke(Proven(best));
            }
            else if (++stall >= StallLimit && clock.Elapsed - changedAt >= StallTime)
            {
                (theta, stall, changedAt) = (theta / 2, 0, clock.Elapsed);
                if (!_extraRows && theta < ExtraRowsBelowTheta)
                {
                    // Capacity alone has nearly converged: now the count and project rows, with a fresh step size.
                    PriceExtraRows();
                    theta = InitialTheta;
                }
            }

            if (onPrices is not null && iteration > 0 && iteration % PricesEvery == 0)
            {
                onPrices(_prices.Copy());
            }

            if (!Step(theta, Math.Max(1.0, upperBound() - value)))
            {
                if (_extraRows)
                {
                    break;
                }

                // The capacity prices are optimal: go on with the other rows.
                PriceExtraRows();
                theta = InitialTheta;
            }
        }

        // The last prices too: a bound that converged early still leaves prices to build from.
        onPrices?.Invoke(_prices.Copy());
        return Proven(best);
    }

    /// <summary>From now on the count and project rows are priced too (until then their prices stay zero and are not read).</summary>
    private void PriceExtraRows()
    {
        _extraRows = true;
        // Until the next step fills them, the load classes' sums hold capacity alone (the count rows' prices are 0),
        // so that a copy of the prices taken before then still charges capacity.
        for (var k = 0; k < _loads.Length; k++)
        {
            for (var p = 0; p < _people; p++)
            {
                for (var w = 0; w <= _weeks; w++)
                {
                    _countPrefix[k][p][w] = _loads[k] * _prefix[p][w];
                }
            }
        }

        _prices.WithExtraRows = true;
    }

    private T[][] Grid<T>(int length)
    {
        var grid = new T[_people][];
        for (var p = 0; p < _people; p++)
        {
            grid[p] = new T[length];
        }

        return grid;
    }

    /// <summary>Clears the uses, builds the running sums of the prices and answers -(sum of prices * right-hand sides).</summary>
    private double PriceWeeks()
    {
        double value = 0;
        for (var p = 0; p < _people; p++)
        {
            Array.Clear(_use[p]);
            var room = _problem.People[p].Room;
            for (var row = 0; row < _countRows.Length; row++)
            {
                Array.Clear(_heavy[row][p]);
            }

            for (var w = 0; w < _weeks; w++)
            {
                _prefix[p][w + 1] = _prefix[p][w] + _mu[p][w];
                value -= _mu[p][w] * room[w];
                for (var k = 0; k < _loads.Length && _extraRows; k++)
                {
                    _countPrefix[k][p][w + 1] = _countPrefix[k][p][w] + (_loads[k] * _mu[p][w]);
                }

                // Count rows are scaled by the room (to "room * u <= room") and project rows by a full week's
                // load, so that every kind of subgradient is in percent and the step moves all prices alike.
                for (var row = 0; row < _countRows.Length && _extraRows; row++)
                {
                    var price = _nu[row][p][w];
                    if (price == 0)
                    {
                        continue;
                    }

                    value -= price * room[w];
                    for (var k = 0; k < _loads.Length; k++)
                    {
                        _countPrefix[k][p][w + 1] += price * room[w] * _weight[row][k][room[w]];
                    }
                }
            }
        }

        return value;
    }

    private void Use(SeatData seat, int person)
    {
        var room = _problem.People[person].Room;
        var loadClass = _loadClass[seat.Index];
        for (var w = seat.Start; w < seat.End; w++)
        {
            _use[person][w] += seat.Load;
            for (var row = 0; row < _countRows.Length && loadClass >= 0; row++)
            {
                _heavy[row][person][w] += _weight[row][loadClass][room[w]];
            }
        }
    }

    // The bound is a sum of doubles: step down past any rounding before calling it proven.
    private static long Proven(double bound) => (long)Math.Floor(bound - (1e-9 * Math.Abs(bound)) - 1);

    /// <returns>The seat's cheapest priced option and the candidate taking it (its position in the candidates), or -1 for none.</returns>
    private (double Price, int Option) CheapestPricedOption(SeatData seat)
    {
        var candidates = _problem.Candidates[seat.Index];
        var coefficients = _problem.CandidateCoefficients[seat.Index];
        var bestPrice = seat.FixedPerson >= 0 ? double.MaxValue : 0.0;
        var bestPerson = -1;
        // Candidates come cheapest first and prices only add to a coefficient: once a coefficient alone
        // reaches the best price, no later candidate can beat it.
        for (var i = 0; i < candidates.Length && coefficients[i] < bestPrice; i++)
        {
            var price = coefficients[i] + _prices.Price(seat, i, candidates[i]);
            if (price < bestPrice)
            {
                (bestPrice, bestPerson) = (price, i);
            }
        }

        return bestPerson < 0 && seat.FixedPerson >= 0 ? (0.0, -1) : (bestPrice, bestPerson);
    }

    /// <summary>One projected subgradient step (Polyak step towards the incumbent, capacity deflected); false when the prices are optimal.</summary>
    private bool Step(double theta, double gap)
    {
        double norm = 0;
        for (var p = 0; p < _people; p++)
        {
            var room = _problem.People[p].Room;
            for (var w = 0; w < _weeks; w++)
            {
                var g = _use[p][w] - room[w] + (Deflection * _direction[p][w]);
                _direction[p][w] = g;
                if (g > 0 || _mu[p][w] > 0)
                {
                    norm += g * g;
                }

                for (var row = 0; row < _countRows.Length && _extraRows; row++)
                {
                    var h = room[w] * (_heavy[row][p][w] - 1);
                    if (h > 0 || _nu[row][p][w] > 0)
                    {
                        norm += h * h;
                    }
                }
            }
        }

        for (var r = 0; r < _rho.Length && _extraRows; r++)
        {
            var g = ProjectRowScale * (_projectUse[r] - 1);
            if (g > 0 || _rho[r] > 0)
            {
                norm += (double)g * g;
            }
        }

        if (norm == 0)
        {
            return false;
        }

        var step = theta * gap / norm;
        for (var r = 0; r < _rho.Length && _extraRows; r++)
        {
            _rho[r] = Math.Max(0, _rho[r] + (step * ProjectRowScale * (_projectUse[r] - 1)));
        }

        for (var p = 0; p < _people; p++)
        {
            var room = _problem.People[p].Room;
            for (var w = 0; w < _weeks; w++)
            {
                _mu[p][w] = Math.Max(0, _mu[p][w] + (step * _direction[p][w]));
                for (var row = 0; row < _countRows.Length && _extraRows; row++)
                {
                    var h = room[w] * (_heavy[row][p][w] - 1);
                    _nu[row][p][w] = Math.Max(0, _nu[row][p][w] + (step * h));
                }
            }
        }

        return true;
    }
}

namespace Staffing.Generator.Building;

/// <summary>
/// Free capacity per person and week, after leave, outside commitments, partner reservations and
/// every seat booked so far. Current teams, picks and pins are all booked here, so together they fit.
/// </summary>
internal sealed class CapacityBook
{
    private readonly short[] _free;
    private readonly bool[] _onLeave;
    private readonly int _weeks;

    public CapacityBook(IReadOnlyList<PersonDraft> staff, int weeks)
    {
        _weeks = weeks;
        _free = new short[staff.Count * weeks];
        _onLeave = new bool[staff.Count * weeks];
        foreach (var person in staff)
        {
            var row = person.Index * weeks;
            for (var w = 0; w < weeks; w++)
            {
                _free[row + w] = (short)person.Capacity;
            }

            foreach (var c in person.Committed)
            {
                for (var w = c.Start; w < c.End; w++)
                {
                    _free[row + w] = (short)Math.Max(0, _free[row + w] - c.Load);
                }
            }

            foreach (var leave in person.Unavailable)
            {
                Array.Fill(_free, (short)0, row + leave.Start, leave.End - leave.Start);
                Array.Fill(_onLeave, true, row + leave.Start, leave.End - leave.Start);
            }
        }
    }

    public bool Fits(PersonDraft person, int start, int end, int load)
    {
        var row = person.Index * _weeks;
        for (var w = start; w < end; w++)
        {
            if (_free[row + w] < load)
            {
                return false;
            }
        }

        return true;
    }

    public void Book(PersonDraft person, int start, int end, int load)
    {
        var row = person.Index * _weeks;
        for (var w = start; w < end; w++)
        {
            _free[row + w] -= (short)load;
        }
    }

    /// <summary>Whether a dedicated partner's reservation fits in every week the person is available.</summary>
    public bool FitsReservation(PersonDraft person, int load)
    {
        var row = person.Index * _weeks;
        for (var w = 0; w < _weeks; w++)
        {
            if (!_onLeave[row + w] && _free[row + w] < load)
            {
                return false;
            }
        }

        return true;
    }

    public void Reserve(PersonDraft person, int load)
    {
        var row = person.Index * _weeks;
        for (var w = 0; w < _weeks; w++)
        {
            if (!_onLeave[row + w])
            {
                _free[row + w] -= (short)load;
            }
        }
    }
}

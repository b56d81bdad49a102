using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Staffing.Host.Observability;

namespace Staffing.Host.Tests.Observability;

/// <summary>Records what one test host publishes on the Staffing meter, as (instrument, value, "tag=value,...").</summary>
internal sealed class MeterRecorder : IDisposable
{
    private readonly MeterListener _listener;
    private readonly List<(string Instrument, double Value, string Tags)> _seen = [];

    public MeterRecorder(IServiceProvider services)
    {
        var meters = services.GetRequiredService<IMeterFactory>();
        _listener = new MeterListener
        {
            // Only this host's meter: other test hosts in the same process publish theirs under the same name.
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == StaffingMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, meters))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.Start();
    }

    public IReadOnlyList<(string Instrument, double Value, string Tags)> Seen
    {
        get
        {
            lock (_seen)
            {
                return [.. _seen];
            }
        }
    }

    public void Dispose() => _listener.Dispose();

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var text = string.Join(",", tags.ToArray().Select(t => $"{t.Key}={t.Value}"));
        lock (_seen)
        {
            _seen.Add((instrument.Name, value, text));
        }
    }
}

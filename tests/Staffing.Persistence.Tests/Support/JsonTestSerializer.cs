using System.Text.Json;
using Orleans.Storage;

namespace Staffing.Persistence.Tests.Support;

/// <summary>A plain JSON serializer, so storage tests exercise the store and not a serializer.</summary>
public sealed class JsonTestSerializer : IGrainStorageSerializer
{
    public BinaryData Serialize<T>(T? input) => new(JsonSerializer.SerializeToUtf8Bytes(input));

    public T Deserialize<T>(BinaryData input) => JsonSerializer.Deserialize<T>(input.ToMemory().Span)!;
}

namespace Staffing.Persistence.GrainStorage;

/// <summary>
/// The grain state statements. They are plain enough to run unchanged on SQLite and
/// PostgreSQL, so both providers share one implementation of the etag rules.
/// </summary>
internal static class GrainStateSql
{
    public const string Table = "staffing_grain_state";

    public const string Read =
        "SELECT payload, etag FROM staffing_grain_state WHERE state_name = @state_name AND grain_id = @grain_id";

    public const string ReadEtag =
        "SELECT etag FROM staffing_grain_state WHERE state_name = @state_name AND grain_id = @grain_id";

    // ON CONFLICT DO NOTHING: a row someone else created first is a conflict, never overwritten.
    public const string Insert =
        "INSERT INTO staffing_grain_state (state_name, grain_id, payload, etag, modified_utc_ms) "
        + "VALUES (@state_name, @grain_id, @payload, @new_etag, @modified) "
        + "ON CONFLICT (state_name, grain_id) DO NOTHING";

    public const string Update =
        "UPDATE staffing_grain_state SET payload = @payload, etag = @new_etag, modified_utc_ms = @modified "
        + "WHERE state_name = @state_name AND grain_id = @grain_id AND etag = @etag";

    public const string Delete =
        "DELETE FROM staffing_grain_state WHERE state_name = @state_name AND grain_id = @grain_id AND etag = @etag";
}

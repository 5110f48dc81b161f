#include "gzip.h"

#include <zlib.h>

namespace csp::acronis {

bool isGzip(const QByteArray &data)
{
    return data.size() >= 2 && uchar(data[0]) == 0x1f && uchar(data[1]) == 0x8b;
}

std::optional<QByteArray> gunzip(const QByteArray &data, qint64 limit)
{
    z_stream stream{};
    // 15 + 16: a gzip header and trailer around the deflate data, checked.
    if (inflateInit2(&stream, 15 + 16) != Z_OK)
        return std::nullopt;
    QByteArray out;
    QByteArray chunk(qsizetype(64) * 1024, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    int status = Z_OK;
    while (status != Z_STREAM_END || stream.avail_in > 0) {
        if (status == Z_STREAM_END && inflateReset(&stream) != Z_OK) // a further member
            break;
        stream.next_out = reinterpret_cast<Bytef *>(chunk.data());
        stream.avail_out = uInt(chunk.size());
        status = inflate(&stream, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END)
            break;
        out.append(chunk.constData(), chunk.size() - qsizetype(stream.avail_out));
        if (out.size() > limit) {
            status = Z_MEM_ERROR;
            break;
        }
        if (status == Z_OK && stream.avail_in == 0 && stream.avail_out != 0)
            break; // truncated: the input ended before the stream did
    }
    inflateEnd(&stream);
    if (status != Z_STREAM_END || stream.avail_in != 0)
        return std::nullopt;
    return out;
}

} // namespace csp::acronis

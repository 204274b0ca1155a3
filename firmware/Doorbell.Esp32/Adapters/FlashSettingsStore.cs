using System;
using System.IO;
using Doorbell.Ports;
using Doorbell.Settings;

namespace Doorbell.Esp32.Adapters
{
    /// <summary>
    /// The settings blob on internal flash (I:), kept in two slot files written in turn. nanoFramework's file
    /// system here has no atomic rename-over (File.Move refuses an existing target), so the switch is the
    /// sequence number: each save writes the slot NOT holding the newest intact record, as one write of
    /// header + payload, with the next sequence number. A save torn by power loss leaves a slot that fails its
    /// length or CRC check, and <see cref="Load"/> falls back to the other slot: a reader sees the old bytes or
    /// the new ones, never a mix. Record: "DBS1", sequence, length, CRC-32 of the payload (uint32 LE each), payload.
    /// </summary>
    public sealed class FlashSettingsStore : ISettingsStore
    {
        private const int HeaderBytes = 16;

        /// <summary>Larger slot files are not settings (the encoded record is a few hundred bytes).</summary>
        private const int MaxRecordBytes = 16 * 1024;

        private static readonly byte[] Magic = { (byte)'D', (byte)'B', (byte)'S', (byte)'1' };

        private readonly string[] _slots;

        public FlashSettingsStore(string drive)
        {
            _slots = new[] { drive + "settings.a", drive + "settings.b" };
        }

        public byte[] Load()
        {
            int newest = NewestSlot();
            return newest < 0 ? null : Payload(Read(_slots[newest]));
        }

        public void Save(byte[] data)
        {
            int newest = NewestSlot();
            uint sequence = newest < 0 ? 1 : Sequence(Read(_slots[newest])) + 1;
            string target = _slots[newest == 0 ? 1 : 0];

            byte[] record = new byte[HeaderBytes + data.Length];
            Array.Copy(Magic, record, Magic.Length);
            PutUInt32(record, 4, sequence);
            PutUInt32(record, 8, (uint)data.Length);
            PutUInt32(record, 12, Crc32.Compute(data, 0, data.Length));
            Array.Copy(data, 0, record, HeaderBytes, data.Length);

            var file = new FileStream(target, FileMode.Create, FileAccess.Write);
            try
            {
                file.Write(record, 0, record.Length);
                file.Flush();
            }
            finally
            {
                file.Close();
            }
        }

        /// <summary>Index of the intact slot with the higher sequence number (wrap-safe), or -1 when neither is intact.</summary>
        private int NewestSlot()
        {
            byte[] a = Read(_slots[0]);
            byte[] b = Read(_slots[1]);
            bool aOk = IsIntact(a);
            bool bOk = IsIntact(b);
            if (aOk && bOk)
            {
                return (int)(Sequence(b) - Sequence(a)) > 0 ? 1 : 0;
            }

            return aOk ? 0 : bOk ? 1 : -1;
        }

        private static bool IsIntact(byte[] record)
        {
            if (record == null || record.Length < HeaderBytes)
            {
                return false;
            }

            for (int i = 0; i < Magic.Length; i++)
            {
                if (record[i] != Magic[i])
                {
                    return false;
                }
            }

            uint length = GetUInt32(record, 8);
            return length == record.Length - HeaderBytes && GetUInt32(record, 12) == Crc32.Compute(record, HeaderBytes, (int)length);
        }

        private static byte[] Payload(byte[] record)
        {
            byte[] payload = new byte[record.Length - HeaderBytes];
            Array.Copy(record, HeaderBytes, payload, 0, payload.Length);
            return payload;
        }

        private static uint Sequence(byte[] record)
        {
            return GetUInt32(record, 4);
        }

        /// <summary>The whole slot file, or null when it is missing, unreadable or too large to be a record.</summary>
        private static byte[] Read(string path)
        {
            if (!File.Exists(path))
            {
                return null;
            }

            try
            {
                var file = new FileStream(path, FileMode.Open, FileAccess.Read);
                try
                {
                    long length = file.Length;
                    if (length > MaxRecordBytes)
                    {
                        return null;
                    }

                    byte[] bytes = new byte[(int)length];
                    int read = 0;
                    while (read < bytes.Length)
                    {
                        int n = file.Read(bytes, read, bytes.Length - read);
                        if (n <= 0)
                        {
                            return null;
                        }

                        read += n;
                    }

                    return bytes;
                }
                finally
                {
                    file.Close();
                }
            }
            catch (IOException)
            {
                return null;
            }
        }

        private static void PutUInt32(byte[] buffer, int offset, uint value)
        {
            buffer[offset] = (byte)value;
            buffer[offset + 1] = (byte)(value >> 8);
            buffer[offset + 2] = (byte)(value >> 16);
            buffer[offset + 3] = (byte)(value >> 24);
        }

        private static uint GetUInt32(byte[] buffer, int offset)
        {
            return buffer[offset] | ((uint)buffer[offset + 1] << 8) | ((uint)buffer[offset + 2] << 16) | ((uint)buffer[offset + 3] << 24);
        }
    }
}

using System;
using System.IO;
using Doorbell.Boards;
using Doorbell.Ports;
using nanoFramework.Hardware.Esp32;
using nanoFramework.System.IO.FileSystem;

namespace Doorbell.Esp32.Adapters
{
    /// <summary>
    /// Clips on the SD card, in D:\clips (slot 0 mounts as D:). FAT on the card; nanoFramework writes each
    /// FileStream.Write through to the card before returning, so <see cref="IClipFile.Flush"/> has nothing left
    /// to push. This FileSystem version's DriveInfo reports only the card's total size, so free space is
    /// estimated: total minus the clips' bytes rounded up to 32 KiB clusters, minus a 4 MiB margin for the FAT
    /// and directories; it assumes the card holds only clips (documented in firmware/Doorbell.Esp32/README.md).
    /// </summary>
    public sealed class SdClipStorage : IClipStorage
    {
        public const string Drive = "D:\\";
        public const string Folder = "D:\\clips";

        private const long ClusterBytes = 32 * 1024;
        private const long MarginBytes = 4L * 1024 * 1024;

        private readonly ILog _log;
        private readonly SDCard _card;
        private readonly byte[] _copyBuffer = new byte[4096];
        private long _totalBytes;
        private long _clipBytes = -1;

        private SdClipStorage(SDCard card, ILog log)
        {
            _card = card;
            _log = log;
        }

        public bool IsMounted
        {
            get { return _card.IsMounted; }
        }

        /// <summary>Routes the board's SD pins, mounts the card and makes sure D:\clips exists; logs and carries on without a card.</summary>
        public static SdClipStorage Mount(BoardConfig board, ILog log)
        {
            var storage = new SdClipStorage(CreateCard(board), log);
            try
            {
                storage._card.Mount();
                if (!Directory.Exists(Folder))
                {
                    Directory.CreateDirectory(Folder);
                }

                storage._totalBytes = new DriveInfo(Drive).TotalSize;
                log.Info("sd: mounted, " + (storage._totalBytes / (1024 * 1024)).ToString() + " MiB");
            }
            catch (Exception e)
            {
                log.Warn("sd: no card mounted (" + e.Message + "); clips cannot be recorded");
            }

            return storage;
        }

        public IClipFile Create(string name)
        {
            string path = PathOf(name);
            Forget(SizeOf(name));
            return new SdClipFile(this, path, new FileStream(path, FileMode.Create, FileAccess.ReadWrite), 0);
        }

        public IClipFile Open(string name)
        {
            string path = PathOf(name);
            if (!IsMounted || !File.Exists(path))
            {
                return null;
            }

            var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
            return new SdClipFile(this, path, stream, stream.Length);
        }

        public string[] List()
        {
            if (!IsMounted)
            {
                return new string[0];
            }

            string[] paths = Directory.GetFiles(Folder);
            var names = new string[paths.Length];
            for (int i = 0; i < paths.Length; i++)
            {
                names[i] = paths[i].Substring(paths[i].LastIndexOf('\\') + 1);
            }

            return names;
        }

        public long SizeOf(string name)
        {
            string path = PathOf(name);
            if (!IsMounted || !File.Exists(path))
            {
                return -1;
            }

            var stream = new FileStream(path, FileMode.Open, FileAccess.Read);
            try
            {
                return stream.Length;
            }
            finally
            {
                stream.Close();
            }
        }

        public bool Delete(string name)
        {
            long size = SizeOf(name);
            if (size < 0)
            {
                return false;
            }

            File.Delete(PathOf(name));
            Forget(size);
            return true;
        }

        public long FreeBytes
        {
            get
            {
                if (!IsMounted)
                {
                    return 0;
                }

                long free = _totalBytes - ClipBytes() - MarginBytes;
                return free < 0 ? 0 : free;
            }
        }

        /// <summary>Called by a clip file whose length changed from <paramref name="before"/> to <paramref name="after"/>.</summary>
        internal void Resized(long before, long after)
        {
            if (_clipBytes >= 0)
            {
                _clipBytes += OnCard(after) - OnCard(before);
            }
        }

        /// <summary>Cuts the file at <paramref name="path"/> to <paramref name="length"/> bytes (FileStream.SetLength is not implemented in this FileSystem version): copy the head, swap it in.</summary>
        internal void CutFile(string path, long length)
        {
            string head = path + ".cut";
            var source = new FileStream(path, FileMode.Open, FileAccess.Read);
            var target = new FileStream(head, FileMode.Create, FileAccess.Write);
            try
            {
                long left = length;
                while (left > 0)
                {
                    int n = source.Read(_copyBuffer, 0, left < _copyBuffer.Length ? (int)left : _copyBuffer.Length);
                    if (n <= 0)
                    {
                        break;
                    }

                    target.Write(_copyBuffer, 0, n);
                    left -= n;
                }
            }
            finally
            {
                source.Close();
                target.Close();
            }

            File.Delete(path);
            File.Move(head, path);
        }

        private long ClipBytes()
        {
            if (_clipBytes < 0)
            {
                long sum = 0;
                string[] names = List();
                for (int i = 0; i < names.Length; i++)
                {
                    sum += OnCard(SizeOf(names[i]));
                }

                _clipBytes = sum;
                _log.Info("sd: " + names.Length.ToString() + " clip(s), " + (sum / (1024 * 1024)).ToString() + " MiB on the card");
            }

            return _clipBytes;
        }

        private void Forget(long size)
        {
            if (size > 0)
            {
                Resized(size, 0);
            }
        }

        private static long OnCard(long size)
        {
            return size <= 0 ? 0 : ((size + ClusterBytes - 1) / ClusterBytes) * ClusterBytes;
        }

        private static string PathOf(string name)
        {
            return Folder + "\\" + name;
        }

        private static SDCard CreateCard(BoardConfig board)
        {
            if (board.Sd == SdMode.Spi)
            {
                bool bus1 = board.SdSpiBus == 1;
                Configuration.SetPinFunction(board.Pin(BoardRoles.SdSck), bus1 ? DeviceFunction.SPI1_CLOCK : DeviceFunction.SPI2_CLOCK);
                Configuration.SetPinFunction(board.Pin(BoardRoles.SdMosi), bus1 ? DeviceFunction.SPI1_MOSI : DeviceFunction.SPI2_MOSI);
                Configuration.SetPinFunction(board.Pin(BoardRoles.SdMiso), bus1 ? DeviceFunction.SPI1_MISO : DeviceFunction.SPI2_MISO);
                var spi = new SDCardSpiParameters();
                spi.spiBus = (uint)board.SdSpiBus;
                spi.chipSelectPin = (uint)board.Pin(BoardRoles.SdCs);
                return new SDCard(spi);
            }

            if (board.Chip == BoardChip.Esp32S3)
            {
                // The S3 routes SDMMC through the GPIO matrix; the ESP32's slot-1 pins are fixed and need no routing.
                Configuration.SetPinFunction(board.Pin(BoardRoles.SdClk), DeviceFunction.SDMMC1_CLOCK);
                Configuration.SetPinFunction(board.Pin(BoardRoles.SdCmd), DeviceFunction.SDMMC1_COMMAND);
                Configuration.SetPinFunction(board.Pin(BoardRoles.SdD0), DeviceFunction.SDMMC1_D0);
                if (board.Sd == SdMode.Mmc4Bit)
                {
                    Configuration.SetPinFunction(board.Pin(BoardRoles.SdD1), DeviceFunction.SDMMC1_D1);
                    Configuration.SetPinFunction(board.Pin(BoardRoles.SdD2), DeviceFunction.SDMMC1_D2);
                    Configuration.SetPinFunction(board.Pin(BoardRoles.SdD3), DeviceFunction.SDMMC1_D3);
                }
            }

            var mmc = new SDCardMmcParameters();
            mmc.slotIndex = 0;
            mmc.dataWidth = board.Sd == SdMode.Mmc4Bit ? SDCard.SDDataWidth._4_bit : SDCard.SDDataWidth._1_bit;
            return new SDCard(mmc);
        }
    }
}

package io.violet.benchmark;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time on the whole machine, of this JVM and of the MariaDB server, read from
 * {@code /proc}, so that a report can say how busy the cores were with work other than
 * the benchmark (shared machines) and what the database cost per request. Zero on systems
 * without {@code /proc}.
 *
 * @param machineBusyTicks busy time of all cores, in clock ticks
 * @param jvmTicks this JVM's CPU time
 * @param mariaDbTicks the MariaDB server's CPU time, 0 when none runs here
 * @param nanoTime when the snapshot was taken
 */
record MachineLoad(long machineBusyTicks, long jvmTicks, long mariaDbTicks, long nanoTime) {

	/** Linux's USER_HZ, the unit of /proc CPU times, is 100 on every common platform. */
	private static final double TICKS_PER_SECOND = 100;

	/**
	 * A snapshot.
	 * @param mariaDbMarker text the MariaDB server's command line contains (its data
	 * directory), or empty for every MariaDB server on the machine
	 * @return the snapshot
	 */
	static MachineLoad now(String mariaDbMarker) {
		return new MachineLoad(machineBusy(), processTicks(Path.of("/proc/self/stat")), readMariaDbTicks(mariaDbMarker),
				System.nanoTime());
	}

	/**
	 * What happened between an earlier snapshot and this one.
	 * @param before the earlier snapshot
	 * @param requests requests answered meanwhile
	 * @return MariaDB's CPU per request and the cores other processes kept busy
	 */
	Usage since(MachineLoad before, long requests) {
		double seconds = (this.nanoTime - before.nanoTime) / 1e9;
		long machine = this.machineBusyTicks - before.machineBusyTicks;
		long jvm = this.jvmTicks - before.jvmTicks;
		long mariaDb = this.mariaDbTicks - before.mariaDbTicks;
		double mariaDbMicros = (requests == 0) ? 0 : mariaDb / TICKS_PER_SECOND * 1e6 / requests;
		double otherCores = Math.max(0, (machine - jvm - mariaDb) / TICKS_PER_SECOND / seconds);
		return new Usage(mariaDbMicros, otherCores);
	}

	private static long machineBusy() {
		try {
			String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
			// cpu user nice system idle iowait irq softirq steal …
			long busy = 0;
			for (int i : new int[] { 1, 2, 3, 6, 7, 8 }) {
				busy += Long.parseLong(cpu[i]);
			}
			return busy;
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	private static long readMariaDbTicks(String marker) {
		try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
			long ticks = 0;
			for (Path process : processes) {
				try {
					String name = Files.readString(process.resolve("comm")).trim();
					if ((name.equals("mariadbd") || name.equals("mysqld"))
							&& Files.readString(process.resolve("cmdline")).contains(marker)) {
						ticks += processTicks(process.resolve("stat"));
					}
				}
				catch (IOException ex) {
					// the process ended while we looked
				}
			}
			return ticks;
		}
		catch (IOException ex) {
			return 0;
		}
	}

	private static long processTicks(Path stat) {
		try {
			String line = Files.readString(stat);
			// fields after the command name, which is in parentheses and may hold spaces
			String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
			// utime and stime are fields 14 and 15 of the whole line
			return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	/**
	 * CPU spent outside this JVM during a phase.
	 *
	 * @param mariaDbMicrosPerRequest the MariaDB server's CPU time per request
	 * @param otherCores cores kept busy on average by every other process
	 */
	record Usage(double mariaDbMicrosPerRequest, double otherCores) {

	}

}

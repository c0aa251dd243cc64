/** Components that replace HTML elements in MDX content: pass as `<Content components={mdxComponents} />`. */
import Incentives from "./Incentives.astro";
import PartsOfWhole from "./PartsOfWhole.astro";
import PeerBars from "./PeerBars.astro";
import RegionSeries from "./RegionSeries.astro";
import Table from "./Table.astro";
import TargetTable from "./TargetTable.astro";
import TileGrid from "./TileGrid.astro";

export const mdxComponents = { table: Table, RegionSeries, PeerBars, TargetTable, Incentives, PartsOfWhole, TileGrid };

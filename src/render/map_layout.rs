//! Where each box of a decision-group map stands, and how each edge runs
//! between two boxes without crossing any other box.
//!
//! The layered layout is `layout-rs`'s, a Rust implementation of the
//! Graphviz `dot` method (Sugiyama): it ranks the graph, orders each rank to
//! reduce crossings, places the boxes (Brandes–Köpf), and gives an edge that
//! spans several ranks a slot of its own in every rank it passes. Its own
//! edges are Bézier curves that may leave a box by its side and clip a
//! neighbour, so the edges here are polylines through those slots: straight
//! down from a port on the box to just below its rank, diagonally across the
//! empty gap to the next rank, straight down through the edge's slot, and so
//! on to the other box. No box stands in a gap between ranks, none in a slot,
//! and none under a box in its own rank, so no edge crosses a box.
//!
//! Sizes and coordinates are SVG user units (CSS pixels), y pointing down.

use layout::core::base::Orientation;
use layout::core::format::Visible as _;
use layout::core::geometry::{Point, Position};
use layout::core::style::StyleAttr;
use layout::std_shapes::shapes::{Arrow, Element, ShapeKind};
use layout::topo::layout::VisualGraph;
use layout::topo::optimizer::EdgeCrossOptimizer;
use layout::topo::placer::Placer;

/// The most boxes and slots whose order the layout reorders to reduce
/// crossings: its search grows with the cube of a rank's width. A decision
/// group of about 30 people with their contacts stays under it; a larger one
/// keeps the order of the file (every edge is still routed around the boxes).
const CROSSING_LIMIT: usize = 120;
/// Horizontal room between two boxes of one rank.
const GAP_X: f64 = 24.0;
/// Vertical room between two ranks, where the diagonal part of each edge runs.
const GAP_Y: f64 = 60.0;
/// How far an edge runs straight out of a box or a slot before it turns, so
/// that it meets every box at a right angle.
const STUB: f64 = 12.0;

/// A box: top-left corner, width and height.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

impl Rect {
    pub fn bottom(&self) -> f64 {
        self.y + self.height
    }

    pub fn right(&self) -> f64 {
        self.x + self.width
    }

    fn translate(&mut self, dx: f64, dy: f64) {
        self.x += dx;
        self.y += dy;
    }
}

/// What to place: the width and height of every box, and the edges.
#[derive(Debug, Clone, Default)]
pub struct Graph {
    pub members: Vec<(f64, f64)>,
    pub ours: Vec<(f64, f64)>,
    /// `(boss, member)` index pairs into `members`, from `reports_to`.
    pub reports: Vec<(usize, usize)>,
    /// `(our person, member)` index pairs, from `covered_by`.
    pub covers: Vec<(usize, usize)>,
    /// Each member's depth in the `reports_to` hierarchy (`Map::depths`).
    pub depths: Vec<usize>,
}

/// The boxes in place and each edge as a polyline from its tail to its head
/// (the member's end: the arrowhead goes at the last point). Coordinates
/// start at 0; `width` and `height` bound everything.
#[derive(Debug, Clone, Default)]
pub struct Placement {
    pub members: Vec<Rect>,
    pub ours: Vec<Rect>,
    /// One route per `Graph::reports` entry, boss to member.
    pub reports: Vec<Vec<(f64, f64)>>,
    /// One route per `Graph::covers` entry, our person to member.
    pub covers: Vec<Vec<(f64, f64)>>,
    pub width: f64,
    pub height: f64,
}

/// The box an edge reaches and the slots it passes on the way, top down.
type Chain = (usize, Vec<(f64, f64)>);

/// One edge as the layout sees it, directed down the ranks.
struct LayoutEdge {
    tail: usize,
    head: usize,
    visible: bool,
}

/// Places the boxes in layers, the `reports_to` hierarchy top down and our
/// people in one row below everyone they hold, and routes every edge around
/// the boxes.
pub fn place(graph: &Graph) -> Placement {
    let members = graph.members.len();
    let count = members + graph.ours.len();
    if count == 0 {
        return Placement::default();
    }
    let sizes: Vec<(f64, f64)> = graph.members.iter().chain(&graph.ours).copied().collect();

    // Every edge points down: a boss above the member who reports to them,
    // a member above our person who holds the contact. Members are ordered
    // by depth, then by their place in the file, and each `reports_to` edge
    // points from the earlier to the later, so a `reports_to` cycle is cut
    // where the depths go back up and the layout never has to turn an edge.
    let key = |i: usize| (graph.depths.get(i).copied().unwrap_or(0), i);
    let mut edges: Vec<LayoutEdge> = Vec::new();
    for &(boss, member) in &graph.reports {
        let (tail, head) = if key(boss) < key(member) {
            (boss, member)
        } else {
            (member, boss)
        };
        edges.push(LayoutEdge {
            tail,
            head,
            visible: true,
        });
    }
    for &(person, member) in &graph.covers {
        edges.push(LayoutEdge {
            tail: member,
            head: members + person,
            visible: true,
        });
    }
    // Our people all go below the lowest member, so they share one row.
    // The layout ranks by longest path; so does this, in the order of `key`.
    let mut order: Vec<usize> = (0..members).collect();
    order.sort_by_key(|&i| key(i));
    let mut rank = vec![0usize; members];
    for &tail in &order {
        for edge in edges.iter().take(graph.reports.len()) {
            if edge.tail == tail {
                rank[edge.head] = rank[edge.head].max(rank[tail] + 1);
            }
        }
    }
    if let Some(lowest) = (0..members).max_by_key(|&i| (rank[i], std::cmp::Reverse(i))) {
        for person in 0..graph.ours.len() {
            edges.push(LayoutEdge {
                tail: lowest,
                head: members + person,
                visible: false,
            });
        }
    }

    let mut graph_in = VisualGraph::new(Orientation::TopToBottom);
    let handles: Vec<_> = sizes
        .iter()
        .map(|&(width, height)| {
            let mut element = Element::create(
                ShapeKind::new_box(""),
                StyleAttr::simple(),
                Orientation::TopToBottom,
                Point::new(width, height),
            );
            element.pos = Position::new(
                Point::zero(),
                Point::new(width, height),
                Point::zero(),
                Point::new(GAP_X, GAP_Y),
            );
            graph_in.add_node(element)
        })
        .collect();
    for edge in &edges {
        let arrow = if edge.visible {
            Arrow::simple("")
        } else {
            Arrow::invisible()
        };
        graph_in.add_edge(arrow, handles[edge.tail], handles[edge.head]);
    }
    // The phases of `VisualGraph::do_it`, less two: the check that the graph
    // is acyclic after every edge (it walks every path, exponential in the
    // depth of a hierarchy, and the edges above are acyclic by construction),
    // and the pass that sinks a box towards the boxes below it, which would
    // pull a member out of the row of their depth.
    graph_in.dag.set_validate(false);
    graph_in.to_valid_dag();
    graph_in.split_text_edges();
    graph_in.split_long_edges(true);
    if graph_in.num_nodes() <= CROSSING_LIMIT {
        EdgeCrossOptimizer::new(&mut graph_in.dag).optimize();
    }
    let nodes: Vec<_> = graph_in.iter_nodes().collect();
    for node in nodes {
        graph_in.element_mut(node).resize();
    }
    Placer::new(&mut graph_in).layout(false);

    let mut boxes: Vec<Rect> = handles
        .iter()
        .map(|&handle| {
            let (top_left, bottom_right) = graph_in.pos(handle).bbox(false);
            Rect {
                x: top_left.x,
                y: top_left.y,
                width: bottom_right.x - top_left.x,
                height: bottom_right.y - top_left.y,
            }
        })
        .collect();
    let levels: Vec<usize> = handles.iter().map(|&h| graph_in.dag.level(h)).collect();
    // The slots of each edge: the chain of connectors the layout put between
    // its two boxes, top to bottom.
    let mut chains: Vec<Vec<Chain>> = vec![Vec::new(); count];
    for (tail, &handle) in handles.iter().enumerate() {
        for &first in graph_in.succ(handle) {
            let mut slots = Vec::new();
            let mut at = first;
            while graph_in.is_connector(at) {
                let middle = graph_in.pos(at).middle();
                slots.push((middle.x, middle.y));
                match graph_in.succ(at).first() {
                    Some(&next) => at = next,
                    None => break,
                }
            }
            if let Some(head) = handles.iter().position(|&h| h == at) {
                chains[tail].push((head, slots));
            }
        }
    }
    let slot_of: Vec<Vec<(f64, f64)>> = edges
        .iter()
        .map(|edge| {
            let found = chains[edge.tail]
                .iter()
                .position(|(head, _)| *head == edge.head);
            found.map_or_else(Vec::new, |i| chains[edge.tail].swap_remove(i).1)
        })
        .collect();

    // The band of each rank: from the top of its highest box to the bottom
    // of its lowest; a rank with slots only is the line they stand on.
    let ranks = levels.iter().max().map_or(0, |l| l + 1);
    let mut bands: Vec<Option<(f64, f64)>> = vec![None; ranks];
    let widen = |band: &mut Option<(f64, f64)>, top: f64, bottom: f64| {
        *band = Some(band.map_or((top, bottom), |(t, b)| (t.min(top), b.max(bottom))));
    };
    for (rect, &level) in boxes.iter().zip(&levels) {
        widen(&mut bands[level], rect.y, rect.bottom());
    }
    for (edge, points) in edges.iter().zip(&slot_of) {
        let (upper, _) = ends(edge, &levels);
        for (k, point) in points.iter().enumerate() {
            let rank = levels[upper] + 1 + k;
            if rank < ranks && !levels.contains(&rank) {
                widen(&mut bands[rank], point.1, point.1);
            }
        }
    }
    let band = |rank: usize| bands.get(rank).copied().flatten().unwrap_or((0.0, 0.0));

    // Ports: the edges that meet one side of a box share it out, in the
    // order of where they come from, so arrowheads never sit on each other.
    let visible: Vec<usize> = (0..edges.len()).filter(|&e| edges[e].visible).collect();
    let mut bottom_ports: Vec<Vec<(f64, usize)>> = vec![Vec::new(); count];
    let mut top_ports: Vec<Vec<(f64, usize)>> = vec![Vec::new(); count];
    for &e in &visible {
        let (upper, lower) = ends(&edges[e], &levels);
        let centre = |n: usize| boxes[n].x + boxes[n].width / 2.0;
        let below = slot_of[e].first().map_or(centre(lower), |p| p.0);
        let above = slot_of[e].last().map_or(centre(upper), |p| p.0);
        bottom_ports[upper].push((below, e));
        top_ports[lower].push((above, e));
    }
    let mut port_x = vec![(0.0, 0.0); edges.len()];
    for (side, ports) in [(0, &mut bottom_ports), (1, &mut top_ports)] {
        for (node, list) in ports.iter_mut().enumerate() {
            list.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            let rect = boxes[node];
            let k = list.len() as f64;
            for (i, &(_, e)) in list.iter().enumerate() {
                let x = rect.x + rect.width * (i as f64 + 1.0) / (k + 1.0);
                if side == 0 {
                    port_x[e].0 = x;
                } else {
                    port_x[e].1 = x;
                }
            }
        }
    }

    let mut routes: Vec<Vec<(f64, f64)>> = vec![Vec::new(); edges.len()];
    for &e in &visible {
        let (upper, lower) = ends(&edges[e], &levels);
        let (from_x, to_x) = port_x[e];
        let mut points = vec![(from_x, boxes[upper].bottom())];
        points.push((from_x, band(levels[upper]).1 + STUB));
        for (k, slot) in slot_of[e].iter().enumerate() {
            let (top, bottom) = band(levels[upper] + 1 + k);
            points.push((slot.0, top - STUB));
            points.push((slot.0, bottom + STUB));
        }
        points.push((to_x, band(levels[lower]).0 - STUB));
        points.push((to_x, boxes[lower].y));
        points.dedup();
        // Each route runs from its tail to the member it points at.
        let member = match graph.reports.get(e) {
            Some(&(_, member)) => member,
            None => edges[e].tail,
        };
        if member == upper {
            points.reverse();
        }
        routes[e] = points;
    }

    // Move everything to start at 0, 0.
    let mut min = (f64::INFINITY, f64::INFINITY);
    let mut max = (f64::NEG_INFINITY, f64::NEG_INFINITY);
    let mut extend = |x: f64, y: f64| {
        min = (min.0.min(x), min.1.min(y));
        max = (max.0.max(x), max.1.max(y));
    };
    for rect in &boxes {
        extend(rect.x, rect.y);
        extend(rect.right(), rect.bottom());
    }
    for point in routes.iter().flatten() {
        extend(point.0, point.1);
    }
    for rect in &mut boxes {
        rect.translate(-min.0, -min.1);
    }
    for point in routes.iter_mut().flatten() {
        *point = (point.0 - min.0, point.1 - min.1);
    }
    let ours = boxes.split_off(members);
    let covers = routes.split_off(graph.reports.len());
    routes.truncate(graph.reports.len());
    let covers = covers.into_iter().take(graph.covers.len()).collect();
    Placement {
        members: boxes,
        ours,
        reports: routes,
        covers,
        width: max.0 - min.0,
        height: max.1 - min.1,
    }
}

/// The edge's upper and lower box.
fn ends(edge: &LayoutEdge, levels: &[usize]) -> (usize, usize) {
    if levels[edge.tail] <= levels[edge.head] {
        (edge.tail, edge.head)
    } else {
        (edge.head, edge.tail)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::{Map, Member, OurPerson, Stance};

    /// A small deterministic generator (xorshift64), so a failure repeats.
    struct Random(u64);

    impl Random {
        fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n as u64) as usize
        }
    }

    impl Rect {
        /// Whether the segment `a`–`b` meets this closed rectangle.
        fn meets(&self, a: (f64, f64), b: (f64, f64)) -> bool {
            let (dx, dy) = (b.0 - a.0, b.1 - a.1);
            let (mut t0, mut t1) = (0.0_f64, 1.0_f64);
            for (p, q) in [
                (-dx, a.0 - self.x),
                (dx, self.right() - a.0),
                (-dy, a.1 - self.y),
                (dy, self.bottom() - a.1),
            ] {
                if p == 0.0 {
                    if q < 0.0 {
                        return false;
                    }
                } else if p < 0.0 {
                    t0 = t0.max(q / p);
                } else {
                    t1 = t1.min(q / p);
                }
            }
            t0 <= t1
        }

        fn overlaps(&self, other: &Rect) -> bool {
            self.x < other.right()
                && other.x < self.right()
                && self.y < other.bottom()
                && other.y < self.bottom()
        }

        fn touches(&self, point: (f64, f64)) -> bool {
            let inside_x = point.0 >= self.x - 0.01 && point.0 <= self.right() + 0.01;
            let inside_y = point.1 >= self.y - 0.01 && point.1 <= self.bottom() + 0.01;
            inside_x && inside_y
        }
    }

    /// A map of `members` members with `reports_to` drawn at random (cycles
    /// included, as an invalid dossier can have them) and `ours` people
    /// holding random contacts.
    fn random_map(random: &mut Random, members: usize, ours: usize) -> Map {
        let member = |i: usize| Member {
            name: format!("m{i}"),
            title: String::new(),
            stance: Stance::Neither,
            key_roles: Vec::new(),
            covered: false,
        };
        let mut reports = Vec::new();
        let mut covers = Vec::new();
        for i in 0..members {
            let boss = random.below(members + 2);
            if boss < members && boss != i {
                reports.push((boss, i));
            }
            if ours > 0 && random.below(3) > 0 {
                covers.push((random.below(ours), i));
            }
        }
        Map {
            id: "random".to_owned(),
            client: "Random".to_owned(),
            members: (0..members).map(member).collect(),
            ours: (0..ours)
                .map(|k| OurPerson {
                    name: format!("o{k}"),
                    roles: Vec::new(),
                })
                .collect(),
            reports,
            covers,
        }
    }

    fn assert_placed_well(map: &Map, graph: &Graph, placed: &Placement) {
        let boxes: Vec<&Rect> = placed.members.iter().chain(&placed.ours).collect();
        for (i, a) in boxes.iter().enumerate() {
            for b in &boxes[i + 1..] {
                assert!(!a.overlaps(b), "{a:?} overlaps {b:?} in {map:?}");
            }
        }
        for (k, rect) in placed.ours.iter().enumerate() {
            assert_eq!(rect.height, graph.ours[k].1);
            for member in &placed.members {
                assert!(
                    rect.y > member.bottom(),
                    "our row is below everyone: {map:?}"
                );
            }
        }
        let ends = map
            .reports
            .iter()
            .map(|&(boss, member)| (placed.members[boss], placed.members[member]))
            .chain(
                map.covers
                    .iter()
                    .map(|&(person, member)| (placed.ours[person], placed.members[member])),
            );
        let routes = placed.reports.iter().chain(&placed.covers);
        for ((from, to), route) in ends.zip(routes) {
            assert!(route.len() >= 2, "{route:?}");
            assert!(from.touches(route[0]), "{route:?} starts off {from:?}");
            assert!(
                to.touches(route[route.len() - 1]),
                "{route:?} ends off {to:?}"
            );
            for pair in route.windows(2) {
                for rect in &boxes {
                    if **rect != from && **rect != to {
                        assert!(
                            !rect.meets(pair[0], pair[1]),
                            "{pair:?} crosses {rect:?} in {map:?}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn random_maps_place_every_box_apart_and_route_every_edge_around_them() {
        let mut random = Random(0x5eed_2026_1130_0001);
        for round in 0..200 {
            // Now and then a group too large for the crossing reduction.
            let members = if round % 50 == 49 { 70 } else { 1 + round % 14 };
            let map = random_map(&mut random, members, round % 5);
            let graph = Graph {
                members: (0..map.members.len())
                    .map(|_| {
                        (
                            120.0 + random.below(140) as f64,
                            30.0 + random.below(90) as f64,
                        )
                    })
                    .collect(),
                ours: (0..map.ours.len())
                    .map(|_| {
                        (
                            120.0 + random.below(140) as f64,
                            30.0 + random.below(40) as f64,
                        )
                    })
                    .collect(),
                reports: map.reports.clone(),
                covers: map.covers.clone(),
                depths: map.depths(),
            };
            let placed = place(&graph);
            assert_eq!(placed.members.len(), map.members.len());
            assert_eq!(placed.reports.len(), map.reports.len());
            assert_eq!(placed.covers.len(), map.covers.len());
            assert_placed_well(&map, &graph, &placed);
        }
    }

    #[test]
    fn nothing_to_place_is_an_empty_placement() {
        let placed = place(&Graph::default());
        assert!(placed.members.is_empty() && placed.ours.is_empty());
        assert_eq!((placed.width, placed.height), (0.0, 0.0));
    }

    #[test]
    fn members_stay_in_the_row_of_their_depth() {
        // A boss with two reports, one of whom has a report; our one person
        // holds the shallow report: that report stays in the boss's next row.
        let graph = Graph {
            members: vec![(100.0, 40.0); 4],
            ours: vec![(100.0, 40.0)],
            reports: vec![(0, 1), (0, 2), (2, 3)],
            covers: vec![(0, 1)],
            depths: vec![0, 1, 1, 2],
        };
        let placed = place(&graph);
        assert_eq!(placed.members[1].y, placed.members[2].y);
        assert!(placed.members[3].y > placed.members[2].bottom());
        assert!(placed.ours[0].y > placed.members[3].bottom());
    }
}

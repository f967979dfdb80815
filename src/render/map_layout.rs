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
use layout::core::format::{ClipHandle, RenderBackend};
use layout::core::geometry::{Point, Position};
use layout::core::style::{LineStyleKind, StyleAttr};
use layout::std_shapes::shapes::{Arrow, Element, LineEndKind, ShapeKind};
use layout::topo::layout::VisualGraph;

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

/// One edge as the layout sees it, directed down the ranks.
struct LayoutEdge {
    tail: usize,
    head: usize,
    visible: bool,
}

/// Collects what the layout draws: only the slots each edge passes through.
#[derive(Default)]
struct Slots {
    /// Edge index -> the points of the edge's slots, top to bottom.
    by_edge: Vec<(usize, Vec<(f64, f64)>)>,
}

impl RenderBackend for Slots {
    fn draw_rect(&mut self, _: Point, _: Point, _: &StyleAttr, _: Option<String>, _: Option<ClipHandle>) {}
    fn draw_line(&mut self, _: Point, _: Point, _: &StyleAttr, _: Option<String>) {}
    fn draw_circle(&mut self, _: Point, _: Point, _: &StyleAttr, _: Option<String>) {}
    fn draw_text(&mut self, _: Point, _: &str, _: &StyleAttr) {}
    fn draw_arrow(
        &mut self,
        path: &[(Point, Point)],
        _: bool,
        _: (bool, bool),
        _: &StyleAttr,
        properties: Option<String>,
        _: &str,
    ) {
        // The path is (point, control point) pairs: the first and last are on
        // the boxes, those between are the slots.
        let Some(index) = properties.and_then(|p| p.parse::<usize>().ok()) else {
            return;
        };
        let inner = path.len().saturating_sub(1);
        let mut slots: Vec<(f64, f64)> = path
            .iter()
            .take(inner)
            .skip(1)
            .map(|(_, point)| (point.x, point.y))
            .collect();
        slots.sort_by(|a, b| a.1.total_cmp(&b.1));
        self.by_edge.push((index, slots));
    }
    fn create_clip(&mut self, _: Point, _: Point, _: usize) -> ClipHandle {
        0
    }
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

    // Every edge points down: a boss above the member who reports to them
    // (a `reports_to` cycle is cut where the depths go back up), a member
    // above our person who holds the contact.
    let mut edges: Vec<LayoutEdge> = Vec::new();
    let depth = |i: usize| graph.depths.get(i).copied().unwrap_or(0);
    for &(boss, member) in &graph.reports {
        let (tail, head) = if depth(member) > depth(boss) {
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
    // Our people all go below the deepest member, so they share one row.
    if let Some(deepest) = (0..members).max_by_key(|&i| (depth(i), std::cmp::Reverse(i))) {
        for person in 0..graph.ours.len() {
            edges.push(LayoutEdge {
                tail: deepest,
                head: members + person,
                visible: false,
            });
        }
    }

    // The layout sinks a box with as many edges out as in towards the boxes
    // below it, which would pull a member out of the row of their depth and
    // bend the line from their boss. Invisible copies of the edge from the
    // boss keep every member who has one in their row.
    let mut ins = vec![0usize; count];
    let mut outs = vec![0usize; count];
    let mut boss_of: Vec<Option<usize>> = vec![None; count];
    for edge in &edges {
        outs[edge.tail] += 1;
        ins[edge.head] += 1;
        boss_of[edge.head].get_or_insert(edge.tail);
    }
    for member in 0..members {
        if let Some(boss) = boss_of[member] {
            for _ in ins[member]..=outs[member] {
                edges.push(LayoutEdge {
                    tail: boss,
                    head: member,
                    visible: false,
                });
            }
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
    for (index, edge) in edges.iter().enumerate() {
        let arrow = if edge.visible {
            Arrow::with_properties(
                LineEndKind::None,
                LineEndKind::Arrow,
                LineStyleKind::Normal,
                "",
                &StyleAttr::simple(),
                index.to_string(),
                &None,
                &None,
            )
        } else {
            Arrow::invisible()
        };
        graph_in.add_edge(arrow, handles[edge.tail], handles[edge.head]);
    }
    let mut slots = Slots::default();
    graph_in.do_it(false, false, false, &mut slots);

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
    let mut slot_of: Vec<Vec<(f64, f64)>> = vec![Vec::new(); edges.len()];
    for (index, points) in slots.by_edge {
        if let Some(entry) = slot_of.get_mut(index) {
            *entry = points;
        }
    }

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
